import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { optionalText, prefixedId } from '../primitives.js';
import { Activity } from './activity.js';

/*
 * The staff's daily work desk (SPEC §10): an activity's check-in list for the hours recorder, and
 * settling a pledge at the donation desk.
 */

/** One person with a confirmed place at an activity, and the time already recorded for them. */
export const CheckInEntry = /* @__PURE__ */ z.object({
  signupId: prefixedId('sgn'),
  /** `null` for a resident who signed up once without registering: no hours can be credited. */
  volunteerId: z.nullable(prefixedId('vol')),
  name: z.string(),
  /** Minutes already recorded for this person at this activity (0: nothing yet). */
  recordedMinutes: checked(z.int(), z.gte(0)),
});
export type CheckInEntry = z.infer<typeof CheckInEntry>;

/** `GET /v1/activities/{id}/check-ins` (staff): the activity's confirmed signups, in signup order. */
export const CheckInList = /* @__PURE__ */ z.object({
  activityId: prefixedId('act'),
  data: z.array(CheckInEntry),
});
export type CheckInList = z.infer<typeof CheckInList>;

/**
 * `POST /v1/donations/{id}/settle` (staff): a pledge's money arrived (`succeeded`, with the bank's
 * reference of the transfer, required) or will not (`succeeded: false`, a note optional).
 */
export const SettleDonationRequest = checked(
  z.strictObject({
    succeeded: z.boolean(),
    /** The bank's reference of the transfer that arrived (银行流水号). */
    providerReference: optionalText(64),
    note: optionalText(200),
  }),
  check((settle) => !settle.succeeded || Boolean(settle.providerReference?.trim()), 'required', {
    path: ['providerReference'],
    dependsOn: ['succeeded', 'providerReference'],
  }),
);
export type SettleDonationRequest = z.input<typeof SettleDonationRequest>;

/** How far back the hours recorder offers activities: a month, as organisers record promptly. */
export const RECORDABLE_DAYS = 30;

/** `GET /v1/staff/activities`: the activities whose hours may be recorded, the latest first. */
export const RecordableActivities = /* @__PURE__ */ z.object({ data: z.array(Activity) });
export type RecordableActivities = z.infer<typeof RecordableActivities>;
