import { and, eq, getTableColumns, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { fieldIssue, isPrefixedId, type ListNeedsQuery, type Messages } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { claims, needs } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { decodeCursor } from '../../routes/pagination.js';
import type { NeedRow } from './present.js';

/** Where a page ends: the last row's `created_at` to the microsecond, and its id. */
export interface NeedCursor {
  readonly at: string;
  readonly id: string;
}

export interface NeedListFilter {
  readonly districtCode: string;
  /** The statuses to list; each is one ordered index scan (see `listNeedRows`). */
  readonly statuses: readonly string[];
  readonly includeHidden: boolean;
  readonly place: Pick<ListNeedsQuery, 'community' | 'street' | 'kind' | 'category'>;
  /** From `searchCondition`, when the query has `q`. */
  readonly search: SQL | undefined;
  readonly after: NeedCursor | undefined;
  /** Rows to fetch: the page size and one more, which tells whether a next page exists. */
  readonly take: number;
}

/** The claim a listed need shows (see `shownClaims`), as the page's statement returns it. */
export interface ListedClaim {
  readonly id: string;
  readonly claimantType: string;
  readonly claimantName: string;
  /** JSON's spelling of `created_at`, with its offset. */
  readonly createdAt: string;
}

export type ListedNeed = NeedRow & { cursorAt: string; shownClaim: ListedClaim | null };

/**
 * The claim each listed need shows, in the page's own statement: one round trip for the page
 * instead of two (on PostgreSQL the second one held deep pages and searches under 50% of their
 * floor). Looked up, by `claims_need_idx`, only for the statuses that show one (`showsClaim`).
 */
// Spelled with the table's name: inside a select's fields drizzle writes a column unqualified, and
// a bare "id" in the subquery would be the claim's own.
const outer = (column: string) => sql`${sql.identifier('needs')}.${sql.identifier(column)}`;
const shownClaim = sql<ListedClaim | null>`case when ${outer('status')} in ('claimed', 'fulfilled') then (
  select json_build_object('id', c.id, 'claimantType', c.claimant_type,
    'claimantName', c.claimant_name, 'createdAt', c.created_at)
  from ${claims} c
  where c.need_id = ${outer('id')} and c.status in ('active', 'completed')
  limit 1) end`;

/**
 * `created_at` as text, to the microsecond. A JavaScript Date keeps only milliseconds, and a
 * cursor rounded to them would skip or repeat rows created within the same millisecond.
 */
const cursorAt = sql<string>`to_char(${needs.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Newest first, spelled exactly as the feed indexes are built (`DESC NULLS LAST`): a plain `DESC`
 * means `NULLS FIRST`, which those indexes cannot serve, and PostgreSQL would then read and sort
 * every matching need (measured: ~190 ms instead of ~0.3 ms on 100,000 needs). Neither column is
 * ever null, so the order is the same. A UNION's ORDER BY names output columns, not table ones.
 */
function newestFirst(of: 'table' | 'union'): SQL[] {
  return [needs.createdAt, needs.id].map((column) =>
    of === 'table'
      ? sql`${column} desc nulls last`
      : sql`${sql.identifier(column.name)} desc nulls last`,
  );
}

const listedExtras = {
  cursorAt: cursorAt.as('cursor_at'),
  shownClaim: shownClaim.as('shown_claim'),
};

export function encodeNeedCursor(row: ListedNeed): (string | number)[] {
  return [row.cursorAt, row.id];
}

export function decodeNeedCursor(cursor: string | undefined, messages: Messages) {
  const parts = decodeCursor(cursor, ['string', 'string']);
  if (!parts) return undefined;
  const [at, id] = parts as [string, string];
  if (!CURSOR_AT.test(at) || Number.isNaN(Date.parse(at)) || !isPrefixedId('need', id)) {
    throw new DomainError('validation_failed', [
      fieldIssue(['cursor'], 'invalid_format', undefined, messages),
    ]);
  }
  return { at, id } satisfies NeedCursor;
}

/**
 * One page of needs, newest first (`created_at desc, id desc`), after the cursor.
 *
 * Why a UNION ALL of one branch per status: the feed index `needs_district_feed_idx` is
 * (district, status, created_at desc, id desc). With one status fixed, a branch is an ordered
 * index scan that stops after `take` rows, however many needs the district has; with
 * `status IN (…)` PostgreSQL would have to read and sort every matching need instead. The branches
 * yield at most `take` rows each, and only those few are merged. A branch may as well use the
 * community or street feed index, or the search index, whichever the planner finds cheaper for
 * its filters. (Measured on 100,000 needs: 3–16 ms a page on PGlite and PostgreSQL, for every
 * filter and deep pages alike, once the table has statistics.)
 */
export async function listNeedRows(tx: Executor, filter: NeedListFilter): Promise<ListedNeed[]> {
  return (await needPageQuery(tx, filter)) ?? [];
}

/** The query of `listNeedRows`, unrun: tests EXPLAIN it. `undefined` when no status is asked for. */
export function needPageQuery(
  tx: Executor,
  filter: NeedListFilter,
): (PromiseLike<ListedNeed[]> & SQLWrapper) | undefined {
  const { place, after } = filter;
  const shared: (SQL | undefined)[] = [
    eq(needs.districtCode, filter.districtCode),
    place.community ? eq(needs.communityCode, place.community) : undefined,
    place.street ? eq(needs.streetCode, place.street) : undefined,
    place.kind ? eq(needs.kind, place.kind) : undefined,
    place.category ? eq(needs.category, place.category) : undefined,
    filter.includeHidden ? undefined : eq(needs.hidden, false),
    filter.search,
    // A row comparison, so the index serves it as one range: strictly after the last row shown.
    after
      ? sql`(${needs.createdAt}, ${needs.id}) < (${after.at}::timestamptz, ${after.id})`
      : undefined,
  ];
  // A search within a place is answered by the search index: the place is among the search terms,
  // so the containment is selective, and one bitmap scan over every status with a top-N sort
  // beats repeating it for each status (4.4 ms once against 3 × 4.4 ms for 助老 in a community of
  // 5,600 needs). A search of the whole district keeps the ordered scans below: a frequent word
  // fills a page after a few rows, where a bitmap would collect and sort every match.
  if (filter.search && (place.community ?? place.street)) {
    return tx
      .select({ ...getTableColumns(needs), ...listedExtras })
      .from(needs)
      .where(and(...shared, inArray(needs.status, [...filter.statuses])))
      .orderBy(...newestFirst('table'))
      .limit(filter.take);
  }
  const branches = filter.statuses.map((status) =>
    tx
      .select({ ...getTableColumns(needs), ...listedExtras })
      .from(needs)
      .where(and(...shared, eq(needs.status, status)))
      .orderBy(...newestFirst('table'))
      .limit(filter.take),
  );
  const [first, second, ...rest] = branches;
  if (!first || !second) return first;
  return unionAll(first, second, ...rest)
    .orderBy(...newestFirst('union'))
    .limit(filter.take);
}
