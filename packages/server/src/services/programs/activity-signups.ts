import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { LiveEventType, SignupStatus, type RouteDefinition } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { activities, signups } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import type { NotifierMessage } from '../notifier.js';
import { toActivity } from '../volunteers/activities.js';

type ActivityRow = typeof activities.$inferSelect;

/**
 * Moves the earliest people waiting into the places `activity` has free (capacity less confirmed
 * signups), in the order they joined. The caller holds the activity's row lock and updates its
 * counts; returns the signups promoted.
 */
export async function promoteWaitlisted(tx: Executor, activity: ActivityRow) {
  const free = activity.capacity - activity.signedUp;
  if (free <= 0 || activity.waitlisted === 0) return [];
  const waiting = await tx
    .select({ id: signups.id })
    .from(signups)
    .where(and(eq(signups.activityId, activity.id), eq(signups.status, SignupStatus.waitlisted)))
    .orderBy(asc(signups.seq))
    .limit(free);
  if (waiting.length === 0) return [];
  return tx
    .update(signups)
    .set({ status: SignupStatus.confirmed })
    .where(
      inArray(
        signups.id,
        waiting.map((signup) => signup.id),
      ),
    )
    .returning({ id: signups.id, mobile: signups.mobile });
}

/**
 * Gives the places `activity` has free to the earliest people waiting (`promoteWaitlisted`) and
 * moves its counts to match; the caller holds the activity's row lock. Returns the activity as it
 * now is and the signups promoted, for the caller to tell (`tellPromoted`) when it sees fit.
 */
export async function fillFreePlaces(tx: Executor, activity: ActivityRow) {
  const promoted = await promoteWaitlisted(tx, activity);
  if (promoted.length === 0) return { row: activity, promoted };
  const [counted] = await tx
    .update(activities)
    .set({
      signedUp: sql`${activities.signedUp} + ${promoted.length}`,
      waitlisted: sql`${activities.waitlisted} - ${promoted.length}`,
    })
    .where(eq(activities.id, activity.id))
    .returning();
  return { row: counted!, promoted };
}

/** Tells each promoted person, after commit, that they now have a place. */
export function tellPromoted(
  ctx: Pick<ServiceContext<RouteDefinition>, 'auth' | 'notify'>,
  activity: ActivityRow,
  promoted: readonly { mobile: string }[],
): void {
  for (const signup of promoted) {
    ctx.notify(
      signupMessage(ctx.auth.districtCode, activity, signup.mobile, 'activity_waitlist_promoted'),
    );
  }
}

/** Announces the activity's new places live (`activity.updated`) on its community's pages. */
export async function announceActivity(
  ctx: Pick<ServiceContext<RouteDefinition>, 'emit' | 'deps'>,
  activity: ActivityRow,
): Promise<void> {
  await ctx.emit(
    LiveEventType.activityUpdated,
    { communityCode: activity.communityCode, streetCode: activity.communityCode.slice(0, 9) },
    toActivity(activity, ctx.deps.now()),
  );
}

/**
 * Queues one message to every signup of `activity` that still holds a place or waits for one, to
 * go out after commit; returns how many.
 */
export async function tellSignups(
  ctx: Pick<ServiceContext<RouteDefinition>, 'tx' | 'auth' | 'notify'>,
  activity: ActivityRow,
  template: 'activity_cancelled' | 'activity_changed',
): Promise<number> {
  const people = await ctx.tx
    .select({ mobile: signups.mobile })
    .from(signups)
    .where(
      and(
        eq(signups.activityId, activity.id),
        inArray(signups.status, [SignupStatus.confirmed, SignupStatus.waitlisted]),
      ),
    )
    .orderBy(asc(signups.seq));
  for (const person of people) {
    ctx.notify(signupMessage(ctx.auth.districtCode, activity, person.mobile, template));
  }
  return people.length;
}

/** The message a signup is sent about its activity. */
export function signupMessage(
  districtCode: string,
  activity: ActivityRow,
  mobile: string,
  template: 'activity_cancelled' | 'activity_changed' | 'activity_waitlist_promoted',
): NotifierMessage {
  return {
    districtCode,
    channel: 'sms',
    to: mobile,
    template,
    params: {
      activityId: activity.id,
      title: activity.title,
      startsAt: activity.startsAt.toISOString(),
      location: activity.location,
      ...(template === 'activity_cancelled' && activity.cancelReason
        ? { reason: activity.cancelReason }
        : {}),
    },
  };
}
