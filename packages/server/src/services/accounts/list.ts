import { and, asc, eq, exists, gt, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { AdministeredAccount, ListAccountsQuery, Page, RoleGrant } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { calls, organizations, roleGrants, staffAccounts } from '../../db/tables/index.js';
import { decodeCursor, pageOf, pageSize } from '../../routes/pagination.js';
import { presentAdministered } from './administer.js';

/** Rows read at a time while narrowing a street's list to the accounts it administers. */
const BATCH = 100;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * A page of the district's accounts in the order of their logins, narrowed by the filters and,
 * given `administers`, to the accounts it accepts (read in batches until the page is full).
 */
export async function accountsPage(
  tx: Executor,
  districtCode: string,
  query: ListAccountsQuery,
  /** Whether the caller administers an account holding these roles; all of them if absent. */
  administers?: (held: readonly RoleGrant[]) => Promise<boolean>,
): Promise<Page<AdministeredAccount>> {
  const limit = pageSize(query.limit === undefined ? undefined : Number(query.limit));
  const seesAll = administers === undefined;
  let after = decodeCursor(query.cursor, ['string']) as [string] | undefined;
  const kept: { row: typeof staffAccounts.$inferSelect; roles: RoleGrant[] }[] = [];
  for (;;) {
    const batch = seesAll ? limit + 1 : BATCH;
    const rows = await tx
      .select()
      .from(staffAccounts)
      .where(
        and(where(tx, districtCode, query), after ? gt(staffAccounts.login, after[0]) : undefined),
      )
      .orderBy(asc(staffAccounts.login))
      .limit(batch);
    const grants = await grantsByAccount(
      tx,
      rows.map((row) => row.id),
    );
    for (const row of rows) {
      const roles = grants.get(row.id) ?? [];
      if (!administers || (await administers(roles))) {
        kept.push({ row, roles });
      }
    }
    const last = rows.at(-1);
    if (rows.length < batch || kept.length > limit || !last) break;
    after = [last.login];
  }
  return pageOf(
    kept,
    limit,
    ({ row, roles }) => presentAdministered(row, roles),
    ({ row }) => [row.login],
  );
}

function where(tx: Executor, districtCode: string, query: ListAccountsQuery): SQL | undefined {
  const search = query.search === undefined ? undefined : `%${escapeLike(query.search)}%`;
  const grantFilter =
    query.role === undefined && query.division === undefined
      ? undefined
      : exists(
          tx
            .select({ one: roleGrants.accountId })
            .from(roleGrants)
            .where(
              and(
                eq(roleGrants.accountId, staffAccounts.id),
                query.role === undefined ? undefined : eq(roleGrants.role, query.role),
                query.division === undefined ? undefined : grantWithin(tx, query.division),
              ),
            ),
        );
  return and(
    eq(staffAccounts.districtCode, districtCode),
    query.disabled === undefined
      ? undefined
      : eq(staffAccounts.disabled, query.disabled === 'true'),
    search === undefined
      ? undefined
      : or(ilike(staffAccounts.name, search), ilike(staffAccounts.login, search)),
    grantFilter,
  );
}

/**
 * A grant held in `division` or below it: a division's by its code; an organization member's
 * where the organization is registered; a reviewer's where the call was opened.
 */
function grantWithin(tx: Executor, division: string): SQL | undefined {
  const below = `${escapeLike(division)}%`;
  return or(
    like(roleGrants.scope, below),
    and(
      eq(roleGrants.role, 'org_member'),
      exists(
        tx
          .select({ one: organizations.id })
          .from(organizations)
          .where(
            and(
              eq(organizations.id, roleGrants.scope),
              like(
                sql`coalesce(${organizations.communityCode}, ${organizations.streetCode}, ${organizations.districtCode})`,
                below,
              ),
            ),
          ),
      ),
    ),
    and(
      eq(roleGrants.role, 'reviewer'),
      exists(
        tx
          .select({ one: calls.id })
          .from(calls)
          .where(and(eq(calls.id, roleGrants.scope), like(calls.divisionCode, below))),
      ),
    ),
  );
}

async function grantsByAccount(tx: Executor, ids: string[]): Promise<Map<string, RoleGrant[]>> {
  const map = new Map<string, RoleGrant[]>();
  if (ids.length === 0) return map;
  const rows = await tx
    .select({ accountId: roleGrants.accountId, role: roleGrants.role, scope: roleGrants.scope })
    .from(roleGrants)
    .where(inArray(roleGrants.accountId, ids))
    .orderBy(roleGrants.role, roleGrants.scope);
  for (const row of rows) {
    const list = map.get(row.accountId) ?? [];
    list.push({ role: row.role, scope: row.scope } as RoleGrant);
    map.set(row.accountId, list);
  }
  return map;
}
