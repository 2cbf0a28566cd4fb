import {
  QueueKind,
  valuesOf,
  type QueueCounts,
  type QueuePage,
  type routes,
  type StaffRole,
} from '@wushe/schema';
import { decodeCursor, encodeCursor, pageSize } from '../../routes/pagination.js';
import type { ServiceContext } from '../context.js';
import { districtCalendar } from '../settings/settings.js';
import {
  donationsPending,
  followUps,
  needsReported,
  needsReview,
  proposalsToScore,
  type WorkList,
} from './lists.js';
import { reachesNothing, reachOf } from './reach.js';

type QueueContext = ServiceContext<typeof routes.listStaffQueue>;

const REVIEWERS_OF_NEEDS = ['district_admin', 'street_staff', 'community_staff'] as const;

/**
 * Each list and the roles whose scopes it is narrowed to: those that do the work (SPEC §9). Any
 * staff may ask for any list; a role that does not do that work finds it empty.
 */
const LISTS: Record<QueueKind, { list: WorkList; roles: readonly StaffRole[] }> = {
  needs_review: { list: needsReview, roles: REVIEWERS_OF_NEEDS },
  needs_reported: { list: needsReported, roles: REVIEWERS_OF_NEEDS },
  donations_pending: { list: donationsPending, roles: REVIEWERS_OF_NEEDS },
  follow_ups: { list: followUps, roles: [...REVIEWERS_OF_NEEDS, 'social_worker'] },
  proposals_to_score: { list: proposalsToScore, roles: ['reviewer'] },
};

/** How many items wait in every list, within the caller's reach. */
async function countsOf(ctx: QueueContext): Promise<QueueCounts> {
  const counts = await Promise.all(
    valuesOf(QueueKind).map(async (kind) => {
      const { list, roles } = LISTS[kind];
      const reach = reachOf(ctx.auth, roles);
      const n = reachesNothing(reach) ? 0 : await list.count(ctx.tx, ctx.auth.districtCode, reach);
      return [kind, n] as const;
    }),
  );
  return Object.fromEntries(counts) as QueueCounts;
}

/**
 * `GET /v1/staff/queue?kind=`: a page of one work list within the caller's scopes, oldest first,
 * with the counts of every list (what the console's home shows).
 */
export async function staffQueue(ctx: QueueContext): Promise<QueuePage> {
  const { kind } = ctx.query;
  const { list, roles } = LISTS[kind];
  const reach = reachOf(ctx.auth, roles);
  const limit = pageSize(ctx.query.limit);
  const cursor = decodeCursor(ctx.query.cursor, ['string', 'string']);
  const after = cursor && { since: String(cursor[0]), id: String(cursor[1]) };
  const rows = reachesNothing(reach)
    ? []
    : await list.page(ctx.tx, ctx.auth.districtCode, reach, after, limit + 1, {
        calendar: await districtCalendar(ctx.tx, ctx.auth.districtCode),
        now: ctx.deps.now(),
      });
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return {
    data,
    nextCursor: rows.length > limit && last ? encodeCursor([last.since, last.id]) : null,
    counts: await countsOf(ctx),
  };
}
