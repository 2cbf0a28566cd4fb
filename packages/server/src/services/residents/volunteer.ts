import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import {
  fieldIssue,
  SignupStatus,
  type Messages,
  type MyVolunteer,
  type UpdateMyVolunteerRequest,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { activities, communities, signups, volunteers } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { toVolunteer } from '../volunteers/registration.js';
import { releaseSignup, type CancelContext } from './signups.js';
import type { ResidentCaller } from './sessions.js';

type VolunteerRow = typeof volunteers.$inferSelect;
type Caller = Pick<ResidentCaller, 'districtCode' | 'mobile'>;

/** What an erased person's name reads as, where a record others rely on keeps a name. */
export const ERASED_NAME = '已删除';
/** A mobile column that must hold something unique once the person is erased. */
export const erasedMobile = (id: string) => `erased:${id}`;

/** The resident's volunteer registration in their district, or `undefined`. */
export async function myVolunteerRow(
  tx: Executor,
  caller: Caller,
): Promise<VolunteerRow | undefined> {
  const [row] = await tx
    .select()
    .from(volunteers)
    .where(
      and(
        eq(volunteers.districtCode, caller.districtCode),
        eq(volunteers.mobile, caller.mobile),
        isNull(volunteers.erasedAt),
      ),
    );
  return row;
}

export function toMyVolunteer(row: VolunteerRow, now: Date): MyVolunteer {
  return {
    ...toVolunteer(row, now),
    birthDate: row.birthDate,
    consent: { policyVersion: row.consentVersion, consentedAt: row.consentedAt.toISOString() },
  };
}

/** `GET /v1/residents/me/volunteer`: 404 when this mobile never registered (or withdrew). */
export async function getMyVolunteer(tx: Executor, caller: Caller, now: Date) {
  const row = await myVolunteerRow(tx, caller);
  if (!row) throw new DomainError('not_found');
  return toMyVolunteer(row, now);
}

/**
 * `PATCH /v1/residents/me/volunteer`: the resident corrects their registration (PIPL Art. 46).
 * A community outside the district is a 400 naming `communityId`.
 */
export async function updateMyVolunteer(
  tx: Executor,
  caller: Caller,
  body: UpdateMyVolunteerRequest,
  context: { now: Date; messages: Messages },
): Promise<MyVolunteer> {
  const row = await myVolunteerRow(tx, caller);
  if (!row) throw new DomainError('not_found');
  if (body.communityId !== undefined) {
    const [community] = await tx
      .select({ code: communities.code })
      .from(communities)
      .where(
        and(
          eq(communities.code, body.communityId),
          eq(communities.districtCode, caller.districtCode),
        ),
      );
    if (!community) {
      throw new DomainError('validation_failed', [
        fieldIssue(['communityId'], 'invalid', undefined, context.messages),
      ]);
    }
  }
  const [updated] = await tx
    .update(volunteers)
    .set({
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.communityId !== undefined ? { communityCode: body.communityId } : {}),
      ...(body.skills !== undefined ? { skills: body.skills } : {}),
      ...(body.serviceAreas !== undefined ? { serviceAreas: body.serviceAreas } : {}),
      ...(body.availability !== undefined ? { availability: body.availability } : {}),
    })
    .where(eq(volunteers.id, row.id))
    .returning();
  return toMyVolunteer(updated!, context.now);
}

/**
 * Cancels every signup of this mobile for an activity not yet begun, each through
 * `releaseSignup` (a freed place goes to the first person waiting, who is told); returns how many.
 * Activities are locked in id order, as one request at a time would lock them.
 */
export async function cancelComingSignups(ctx: CancelContext, caller: Caller): Promise<number> {
  const now = ctx.deps.now();
  const coming = await ctx.tx
    .select({ signup: signups })
    .from(signups)
    .innerJoin(activities, eq(activities.id, signups.activityId))
    .where(
      and(
        eq(signups.mobile, caller.mobile),
        eq(activities.districtCode, caller.districtCode),
        inArray(signups.status, [SignupStatus.confirmed, SignupStatus.waitlisted]),
        gt(activities.startsAt, now),
      ),
    )
    .orderBy(activities.id);
  for (const { signup } of coming) {
    const [activity] = await ctx.tx
      .select()
      .from(activities)
      .where(eq(activities.id, signup.activityId))
      .for('update');
    const [current] = await ctx.tx.select().from(signups).where(eq(signups.id, signup.id));
    if (activity && current && current.status !== SignupStatus.cancelled) {
      await releaseSignup(ctx, current, activity);
    }
  }
  return coming.length;
}

/**
 * Erases a volunteer's personal fields; the row stays (with `erasedAt`) because the hours
 * recorded against it are records others rely on (the time bank, the activity's organiser).
 */
export async function eraseVolunteerRow(tx: Executor, row: VolunteerRow, now: Date) {
  await tx
    .update(volunteers)
    .set({
      name: ERASED_NAME,
      mobile: erasedMobile(row.id),
      idNumberCipher: null,
      idNumberHash: null,
      idNumberMasked: null,
      birthDate: null,
      skills: [],
      serviceAreas: [],
      availability: [],
      guardian: null,
      erasedAt: now,
    })
    .where(eq(volunteers.id, row.id));
}

/**
 * `DELETE /v1/residents/me/volunteer`: withdrawing consent ends the registration. Coming signups
 * are cancelled (places passed on), the personal fields erased; hours served stay, anonymised.
 */
export async function withdrawVolunteerConsent(ctx: CancelContext, caller: Caller) {
  const row = await myVolunteerRow(ctx.tx, caller);
  if (!row) throw new DomainError('not_found');
  const cancelledSignups = await cancelComingSignups(ctx, caller);
  await eraseVolunteerRow(ctx.tx, row, ctx.deps.now());
  return { withdrawn: true as const, cancelledSignups };
}
