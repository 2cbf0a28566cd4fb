import { and, count, desc, eq, lte, sql } from 'drizzle-orm';
import { SignupStatus, type MySignup } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { activities, signups } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { announceActivity, fillFreePlaces, tellPromoted } from '../programs/activity-signups.js';
import type { ResidentCaller } from './sessions.js';

type SignupRow = typeof signups.$inferSelect;
type ActivityRow = typeof activities.$inferSelect;
type Caller = Pick<ResidentCaller, 'districtCode' | 'mobile'>;
/** What cancelling needs of a request: its transaction, the notifier, live events, the clock. */
export type CancelContext = Pick<ServiceContext<never>, 'tx' | 'auth' | 'notify' | 'emit' | 'deps'>;

const active = (status: string) =>
  status === SignupStatus.confirmed || status === SignupStatus.waitlisted;

async function waitlistPosition(tx: Executor, signup: SignupRow): Promise<number | null> {
  if (signup.status !== SignupStatus.waitlisted) return null;
  const [row] = await tx
    .select({ ahead: count() })
    .from(signups)
    .where(
      and(
        eq(signups.activityId, signup.activityId),
        eq(signups.status, SignupStatus.waitlisted),
        lte(signups.seq, signup.seq),
      ),
    );
  return row!.ahead;
}

async function toMySignup(
  tx: Executor,
  signup: SignupRow,
  activity: ActivityRow,
  now: Date,
): Promise<MySignup> {
  return {
    id: signup.id,
    status: signup.status as MySignup['status'],
    waitlistPosition: await waitlistPosition(tx, signup),
    activity: {
      id: activity.id,
      title: activity.title,
      location: activity.location,
      startsAt: activity.startsAt.toISOString(),
      endsAt: activity.endsAt.toISOString(),
      status: activity.status as MySignup['activity']['status'],
    },
    cancellable: active(signup.status) && activity.startsAt.getTime() > now.getTime(),
    createdAt: signup.createdAt.toISOString(),
  };
}

/** Every signup made with the resident's mobile in their district, the latest activity first. */
export async function listMySignups(tx: Executor, caller: Caller, now: Date): Promise<MySignup[]> {
  const rows = await tx
    .select({ signup: signups, activity: activities })
    .from(signups)
    .innerJoin(activities, eq(activities.id, signups.activityId))
    .where(and(eq(signups.mobile, caller.mobile), eq(activities.districtCode, caller.districtCode)))
    .orderBy(desc(activities.startsAt), desc(signups.seq));
  return Promise.all(rows.map((row) => toMySignup(tx, row.signup, row.activity, now)));
}

/**
 * Cancels one of the resident's signups under its activity's row lock (taken first, as every
 * change of places does). A confirmed place freed goes to the first person waiting, who is told
 * after commit (`fillFreePlaces`, `tellPromoted`: the same code as a staff edit), and the
 * activity's new places go out live. Another's signup is 404; one already cancelled is 409
 * `signup_not_active`; once the activity has begun, 409 `activity_closed`.
 */
export async function cancelMySignup(
  ctx: CancelContext,
  caller: Caller,
  signupId: string,
): Promise<MySignup> {
  const { tx } = ctx;
  const now = ctx.deps.now();
  const [found] = await tx
    .select({ activityId: signups.activityId })
    .from(signups)
    .where(and(eq(signups.id, signupId), eq(signups.mobile, caller.mobile)));
  if (!found) throw new DomainError('not_found');
  const [activity] = await tx
    .select()
    .from(activities)
    .where(
      and(eq(activities.id, found.activityId), eq(activities.districtCode, caller.districtCode)),
    )
    .for('update');
  if (!activity) throw new DomainError('not_found');
  const [signup] = await tx.select().from(signups).where(eq(signups.id, signupId));
  if (!signup || !active(signup.status)) throw new DomainError('signup_not_active');
  if (activity.startsAt.getTime() <= now.getTime()) throw new DomainError('activity_closed');
  const { signup: cancelled, activity: after } = await releaseSignup(ctx, signup, activity);
  return toMySignup(tx, cancelled, after, now);
}

/**
 * Cancels a signup the caller has locked the activity of, moving the counts and filling a freed
 * place from the waitlist; announces the activity. Used by cancellation and by erasure.
 */
export async function releaseSignup(ctx: CancelContext, signup: SignupRow, activity: ActivityRow) {
  const { tx } = ctx;
  const [cancelled] = await tx
    .update(signups)
    .set({ status: SignupStatus.cancelled })
    .where(eq(signups.id, signup.id))
    .returning();
  const wasConfirmed = signup.status === SignupStatus.confirmed;
  const [counted] = await tx
    .update(activities)
    .set(
      wasConfirmed
        ? { signedUp: sql`${activities.signedUp} - 1` }
        : { waitlisted: sql`${activities.waitlisted} - 1` },
    )
    .where(eq(activities.id, activity.id))
    .returning();
  const { row, promoted } = wasConfirmed
    ? await fillFreePlaces(tx, counted!)
    : { row: counted!, promoted: [] };
  tellPromoted(ctx, row, promoted);
  await announceActivity(ctx, row);
  return { signup: cancelled!, activity: row };
}
