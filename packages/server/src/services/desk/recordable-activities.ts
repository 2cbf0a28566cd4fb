import { and, desc, eq, gt, lte, ne, sql } from 'drizzle-orm';
import { RECORDABLE_DAYS, type RecordableActivities, type routes } from '@wushe/schema';
import { activities, communities } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { reachesNothing, reachOf, withinReach } from '../staff-queue/reach.js';
import { toActivity } from '../volunteers/activities.js';

type RecordableContext = ServiceContext<typeof routes.listRecordableActivities>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** The most one answer lists: a month of a street's activities fits. */
const LIMIT = 100;

/**
 * `GET /v1/staff/activities`: the activities whose hours may be recorded — started (service cannot
 * be recorded before it happens) within the last `RECORDABLE_DAYS` and not cancelled — within the
 * caller's scopes (the roles that record hours), the latest first.
 */
export async function listRecordableActivities(
  ctx: RecordableContext,
): Promise<RecordableActivities> {
  const reach = reachOf(ctx.auth, [
    'district_admin',
    'street_staff',
    'community_staff',
    'social_worker',
  ]);
  if (reachesNothing(reach)) return { data: [] };
  const now = ctx.deps.now();
  const street = sql`(select ${communities.streetCode} from ${communities} where ${communities.code} = ${activities.communityCode})`;
  const rows = await ctx.tx
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.districtCode, ctx.auth.districtCode),
        ne(activities.status, 'cancelled'),
        lte(activities.startsAt, now),
        gt(activities.startsAt, new Date(now.getTime() - RECORDABLE_DAYS * DAY_MS)),
        withinReach(reach, street, activities.communityCode),
      ),
    )
    .orderBy(desc(activities.startsAt), desc(activities.id))
    .limit(LIMIT);
  return { data: rows.map((row) => toActivity(row, now)) };
}
