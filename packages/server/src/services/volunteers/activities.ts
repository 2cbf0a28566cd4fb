import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { ActivityStatus, fieldIssue, type Activity, type routes } from '@wushe/schema';
import { activities, communities } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { decodeCursor, pageOf, pageSize } from '../../routes/pagination.js';

type ListContext = ServiceContext<typeof routes.listActivities>;
type GetContext = ServiceContext<typeof routes.getActivity>;
type ActivityRow = typeof activities.$inferSelect;

/** Signups close when the activity starts (SPEC §2) or is cancelled: until then it is open. */
export const isOpen = (activity: Pick<ActivityRow, 'startsAt' | 'status'>, now: Date) =>
  activity.status !== ActivityStatus.cancelled && activity.startsAt.getTime() > now.getTime();

export function toActivity(row: ActivityRow, now: Date): Activity {
  return {
    id: row.id,
    communityId: row.communityCode,
    organizationId: row.organizationId,
    title: row.title,
    description: row.description,
    category: row.category as Activity['category'],
    location: row.location,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    signedUp: row.signedUp,
    waitlisted: row.waitlisted,
    open: isOpen(row, now),
    status: row.status as ActivityStatus,
    cancelReason: row.cancelReason,
    // Stored as a `real`: shown to the hundredth it was set with.
    pointsMultiplier: Math.round(row.pointsMultiplier * 100) / 100,
  };
}

/**
 * `GET /v1/activities`: the district's activities that have not yet ended, the soonest first, so
 * the list opens on what a resident can still join (one already under way shows, closed). Keyset
 * paging on (starts_at, id).
 */
export async function listActivities({ tx, auth, query, deps, messages }: ListContext) {
  const now = deps.now();
  const limit = pageSize(query.limit);
  const after = cursorPosition(query.cursor, messages);
  const where: (SQL | undefined)[] = [
    eq(activities.districtCode, auth.districtCode),
    gt(activities.endsAt, now),
    query.community ? eq(activities.communityCode, query.community) : undefined,
    query.street
      ? inArray(
          activities.communityCode,
          tx
            .select({ code: communities.code })
            .from(communities)
            .where(eq(communities.streetCode, query.street)),
        )
      : undefined,
    after
      ? or(
          gt(activities.startsAt, after.startsAt),
          and(eq(activities.startsAt, after.startsAt), gt(activities.id, after.id)),
        )
      : undefined,
  ];
  const rows = await tx
    .select()
    .from(activities)
    .where(and(...where))
    .orderBy(asc(activities.startsAt), asc(activities.id))
    .limit(limit + 1);
  return pageOf(
    rows,
    limit,
    (row) => toActivity(row, now),
    (row) => [row.startsAt.toISOString(), row.id],
  );
}

/**
 * `GET /v1/activities/{id}`: one activity of the key's district, with the figures the list shows;
 * another district's activity is not found, as an unknown id is.
 */
export async function getActivity({ tx, auth, params, deps }: GetContext): Promise<Activity> {
  const [row] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.id, params.id), eq(activities.districtCode, auth.districtCode)))
    .limit(1);
  if (!row) throw new DomainError('not_found');
  return toActivity(row, deps.now());
}

/**
 * Where the previous page ended. Start times are kept to the millisecond (they come from ISO
 * strings), so the cursor's ISO string names the row's start exactly.
 */
function cursorPosition(cursor: string | undefined, messages: ListContext['messages']) {
  const parts = decodeCursor(cursor, ['string', 'string']);
  if (!parts) return undefined;
  const [startsAt, id] = parts as [string, string];
  const date = new Date(startsAt);
  // A forged cursor must be a 400, not a timestamp the database cannot read (a 500).
  if (Number.isNaN(date.getTime()) || !/^\d{4}-/.test(date.toISOString())) {
    throw new DomainError('validation_failed', [
      fieldIssue(['cursor'], 'invalid_format', undefined, messages),
    ]);
  }
  return { startsAt: date, id };
}
