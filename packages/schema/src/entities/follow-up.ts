import * as z from 'zod/mini';
import { prefixedId, text, Timestamp, valuesOf } from '../primitives.js';
import { StaffRole } from './staff.js';

/*
 * A follow-up (回访) done: staff called back a resident who gave a low rating (差评), within the
 * 15 working days of SPEC §9, and say how it went. Once recorded, the response leaves the
 * `follow_ups` work list.
 */

export const FollowUpOutcome = {
  /** Reached; the problem is solved or the resident is satisfied now. */
  resolved: 'resolved',
  /** Reached and explained; the resident still disagrees or the problem stays (noted). */
  explained: 'explained',
  /** Could not be reached after trying (the notes say how and when). */
  unreachable: 'unreachable',
} as const;
export type FollowUpOutcome = (typeof FollowUpOutcome)[keyof typeof FollowUpOutcome];

/** `POST /v1/staff/follow-ups/{id}`: how the call back went, in the worker's words. */
export const RecordFollowUpRequest = /* @__PURE__ */ z.strictObject({
  outcome: z.enum(valuesOf(FollowUpOutcome)),
  notes: text(1, 500),
});
export type RecordFollowUpRequest = z.infer<typeof RecordFollowUpRequest>;

/** A recorded follow-up: who did it (the person, or a secret key), in which role, when. */
export const FollowUpRecord = /* @__PURE__ */ z.object({
  id: prefixedId('fup'),
  /** The survey response with the low rating that was followed up. */
  responseId: prefixedId('rsp'),
  outcome: z.enum(valuesOf(FollowUpOutcome)),
  notes: z.string(),
  recordedBy: z.object({
    /** The staff account; `null` when a secret key (a portal's server) recorded it. */
    accountId: z.nullable(prefixedId('acc')),
    name: z.nullable(z.string()),
    role: z.enum(valuesOf(StaffRole)),
  }),
  recordedAt: Timestamp,
});
export type FollowUpRecord = z.infer<typeof FollowUpRecord>;
