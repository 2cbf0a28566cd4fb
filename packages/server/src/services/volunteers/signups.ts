import { and, count, eq, lt, lte, sql } from 'drizzle-orm';
import { ActivityStatus, SignupStatus, type routes, type Signup } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { activities, signups, volunteers } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { newId } from '../ids.js';
import { isOpen } from './activities.js';
import { requireInDistrict } from './lookups.js';
import { refuseDuplicate } from '../../db/errors.js';

type SignupContext = ServiceContext<typeof routes.signUpForActivity>;

/**
 * `POST /v1/activities/{id}/signups`: a confirmed place while places last, then the waitlist.
 * The place is taken by one conditional UPDATE, which holds the activity's row until commit, so
 * concurrent signups queue on it and the count can never pass the capacity (the database's CHECK
 * constraint `activities_within_capacity` would refuse it anyway).
 */
export async function signUpForActivity(ctx: SignupContext): Promise<Signup> {
  const { tx, auth, params, body, deps } = ctx;
  const now = deps.now();
  const [activity] = await tx
    .select({ id: activities.id, startsAt: activities.startsAt, status: activities.status })
    .from(activities)
    .where(and(eq(activities.id, params.id), eq(activities.districtCode, auth.districtCode)))
    .limit(1);
  if (!activity) throw new DomainError('not_found');
  if (activity.status === ActivityStatus.cancelled) throw new DomainError('activity_cancelled');
  if (!isOpen(activity, now)) throw new DomainError('activity_closed');
  if (body.volunteerId !== undefined) {
    // The mobile proves the caller is that volunteer; a mismatch is a 404 like an unknown id, so
    // the route cannot be used to test which mobile a volunteer id belongs to.
    await requireInDistrict(
      tx,
      volunteers,
      auth.districtCode,
      body.volunteerId,
      eq(volunteers.mobile, body.mobile),
    );
  }

  const place = await takePlace(tx, activity.id);
  const signup = await insertSignup(tx, {
    id: newId('sgn'),
    activityId: activity.id,
    volunteerId: body.volunteerId ?? null,
    name: body.name,
    mobile: body.mobile,
    note: body.note || null,
    consentVersion: body.consent.policyVersion,
    status: place.status,
    createdAt: now,
  });
  return {
    id: signup.id,
    activityId: activity.id,
    volunteerId: signup.volunteerId,
    status: place.status,
    waitlistPosition:
      place.status === SignupStatus.waitlisted
        ? await waitlistPosition(tx, activity.id, signup.seq)
        : null,
    placesLeft: place.placesLeft,
    createdAt: signup.createdAt.toISOString(),
  };
}

/** A second signup with the same mobile is a 409; throwing also gives back the place taken. */
async function insertSignup(tx: Executor, values: typeof signups.$inferInsert) {
  const [row] = await tx
    .insert(signups)
    .values(values)
    .returning()
    .catch(refuseDuplicate(['signups_one_per_mobile'], 'already_signed_up'));
  return row!;
}

/**
 * Takes a confirmed place if one is left, else a place on the waitlist, of an activity still
 * scheduled: a cancellation that committed after the first read is seen here, under the row lock.
 */
async function takePlace(tx: Executor, activityId: string) {
  const counts = { capacity: activities.capacity, signedUp: activities.signedUp };
  const scheduled = and(
    eq(activities.id, activityId),
    eq(activities.status, ActivityStatus.scheduled),
  );
  const [confirmed] = await tx
    .update(activities)
    .set({ signedUp: sql`${activities.signedUp} + 1` })
    .where(and(scheduled, lt(activities.signedUp, activities.capacity)))
    .returning(counts);
  const [after] = confirmed
    ? [confirmed]
    : await tx
        .update(activities)
        .set({ waitlisted: sql`${activities.waitlisted} + 1` })
        .where(scheduled)
        .returning(counts);
  if (!after) throw new DomainError('activity_cancelled');
  return {
    status: confirmed ? SignupStatus.confirmed : SignupStatus.waitlisted,
    placesLeft: after.capacity - after.signedUp,
  };
}

/**
 * 1 for the first person waiting. Signups of one activity are serialised by the row lock taken
 * in `takePlace`, so `seq` orders them as they joined and every earlier one is already visible.
 */
async function waitlistPosition(tx: Executor, activityId: string, seq: number) {
  const [row] = await tx
    .select({ ahead: count() })
    .from(signups)
    .where(
      and(
        eq(signups.activityId, activityId),
        eq(signups.status, SignupStatus.waitlisted),
        lte(signups.seq, seq),
      ),
    );
  return row!.ahead;
}
