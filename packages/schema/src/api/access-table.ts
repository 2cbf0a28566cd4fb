import type { RoutePermission, ScopeSource } from './permissions.js';
import type { RouteDefinition } from './routes.js';

/** Who may call one route, as its definition declares it. */
export interface RouteAccess {
  readonly method: string;
  readonly path: string;
  readonly auth: string;
  /** The roles of a `staff` route; empty for the others. */
  readonly roles: readonly string[];
  /** Where the scope is named (`params.id → need`), or `null`. */
  readonly scope: string | null;
}

const describeSource = (source: ScopeSource) => {
  const named = `${source.in}.${typeof source.field === 'string' ? source.field : source.field.join('|')} → ${source.subject}`;
  return source.organizationField
    ? `${named}; ${source.in}.${source.organizationField} → organization`
    : named;
};

function describeScope(permission: RoutePermission): string {
  const scope = permission.scope ? describeSource(permission.scope) : '';
  const moved = permission.movesTo
    ? `${scope}; moves to ${describeSource(permission.movesTo)}`
    : scope;
  return permission.publicWhen ? `${moved}; any key when settings.${permission.publicWhen}` : moved;
}

/**
 * The table of every route and who may call it, generated from the declarations (never written
 * by hand): the docs and release notes print it with `accessTableMarkdown`.
 */
export function accessTable(table: Readonly<Record<string, RouteDefinition>>): RouteAccess[] {
  return Object.values(table).map((route) => ({
    method: route.method,
    path: route.path,
    auth: route.auth,
    roles: route.permission?.roles ?? [],
    scope: route.permission?.scope ? describeScope(route.permission) : null,
  }));
}

export function accessTableMarkdown(table: Readonly<Record<string, RouteDefinition>>): string {
  const rows = accessTable(table).map(
    (row) =>
      `| \`${row.method} ${row.path}\` | ${row.auth} | ${row.roles.join(', ') || '—'} | ${row.scope ?? '—'} |`,
  );
  return ['| route | key | roles | scope |', '|---|---|---|---|', ...rows].join('\n');
}
