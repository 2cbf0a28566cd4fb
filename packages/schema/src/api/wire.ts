import type { RouteAuth, RouteDefinition } from './routes.js';

declare const contract: unique symbol;

/**
 * What a client needs of a route to send it: its method, path, key and idempotency, without its
 * schemas. `@wushe/schema/wire` exports one per route (`listNeeds`, `getFund`, …), generated from
 * the route table at build time, so a browser bundle that only reads (a widget's first load) calls
 * the API without zod and the contract's schemas; the server checks the input and answers a
 * `validation_failed` with the same field issues. `R` is the route itself, for the types only.
 */
export interface WireRoute<R extends RouteDefinition = RouteDefinition> {
  readonly id: R['id'];
  readonly method: R['method'];
  readonly path: string;
  readonly auth: RouteAuth;
  readonly idempotency?: 'optional' | 'required' | 'none';
  readonly stream?: true;
  /** Never present: carries the route's types (its input and its response). */
  readonly [contract]?: R;
}

/** A route's wire part: what `@wushe/schema/wire` holds for it. */
export function wireOf(route: RouteDefinition): WireRoute {
  const { id, method, path, auth } = route;
  return {
    id,
    method,
    path,
    auth,
    ...(route.idempotency ? { idempotency: route.idempotency } : {}),
    ...(route.stream ? { stream: true as const } : {}),
  };
}

/** The `wire` module's code and its declarations: one export per route of `routes`, by its name. */
export function wireModule(routes: Readonly<Record<string, RouteDefinition>>): {
  js: string;
  dts: string;
} {
  const names = Object.keys(routes);
  const header =
    '// Generated from the route table by `node dist/api/write-wire.js` (src/api/wire.ts).\n';
  const js = names
    .map((name) => `export const ${name} = ${JSON.stringify(wireOf(routes[name]!))};`)
    .join('\n');
  const dts = [
    "import type { routes } from './api/routes.js';",
    "import type { WireRoute } from './api/wire.js';",
    ...names.map((name) => `export declare const ${name}: WireRoute<(typeof routes)['${name}']>;`),
  ].join('\n');
  return { js: `${header}${js}\n`, dts: `${header}${dts}\n` };
}
