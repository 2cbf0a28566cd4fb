import { and, asc, eq, sql } from 'drizzle-orm';
import type { CheckInList, routes } from '@wushe/schema';
import { activities, serviceRecords, signups } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { requireInDistrict } from '../volunteers/lookups.js';

type CheckInsContext = ServiceContext<typeof routes.listActivityCheckIns>;

/**
 * `GET /v1/activities/{id}/check-ins` (staff, within the activity's scope): the people with a
 * confirmed place, in signup order, each with the minutes already recorded for them at this
 * activity, so the organiser sees who is done. Names are personal data: the read is audited.
 */
export async function listActivityCheckIns(ctx: CheckInsContext): Promise<CheckInList> {
  const { tx, auth, params } = ctx;
  await requireInDistrict(tx, activities, auth.districtCode, params.id);
  const recorded = sql<number>`coalesce((
    select sum(${serviceRecords.minutes}) from ${serviceRecords}
    where ${serviceRecords.activityId} = ${signups.activityId}
      and ${serviceRecords.volunteerId} = ${signups.volunteerId}
  ), 0)::int`;
  const rows = await tx
    .select({
      signupId: signups.id,
      volunteerId: signups.volunteerId,
      name: signups.name,
      recordedMinutes: recorded,
    })
    .from(signups)
    .where(and(eq(signups.activityId, params.id), eq(signups.status, 'confirmed')))
    .orderBy(asc(signups.seq));
  await ctx.audit('activity_check_ins.read', 'activity', params.id, { people: rows.length });
  return { activityId: params.id, data: rows };
}
