import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CommunityCode,
  Consent,
  Mobile,
  optionalText,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { NeedCategory } from './need.js';

/** `scheduled` until staff cancel it; a cancelled activity takes no signup and stays cancelled. */
export const ActivityStatus = {
  scheduled: 'scheduled',
  cancelled: 'cancelled',
} as const;
export type ActivityStatus = (typeof ActivityStatus)[keyof typeof ActivityStatus];

/** A dated volunteer activity (志愿活动) with a capacity; signups beyond it join a waitlist. */
export const Activity = checked(
  z.object({
    id: prefixedId('act'),
    communityId: CommunityCode,
    organizationId: z.nullable(prefixedId('org')),
    title: text(1, 80),
    description: z.string(),
    category: z.enum(valuesOf(NeedCategory)),
    location: text(1, 120),
    startsAt: Timestamp,
    endsAt: Timestamp,
    capacity: checked(z.int(), z.gte(1), z.lte(10_000)),
    /** Confirmed places taken. */
    signedUp: checked(z.int(), z.gte(0)),
    /** People waiting for a place. */
    waitlisted: checked(z.int(), z.gte(0)),
    /** Signups close when the activity starts, or when it is cancelled. */
    open: z.boolean(),
    status: z.enum(valuesOf(ActivityStatus)),
    /** Why staff cancelled it, as its signups were told; `null` unless cancelled with a reason. */
    cancelReason: z.nullable(z.string()),
    /** The points multiplier of its 信用时 (1 unless staff set one). */
    pointsMultiplier: z.optional(z.number()),
  }),
  check((activity) => activity.endsAt >= activity.startsAt, 'ends_before_start', {
    path: ['endsAt'],
    dependsOn: ['startsAt', 'endsAt'],
  }),
);
export type Activity = z.infer<typeof Activity>;

/**
 * `POST /v1/activities/{id}/signups`: a registered volunteer signs up by id and mobile (the
 * mobile proves it is them), or a resident signs up once with a name and mobile.
 */
export const ActivitySignupRequest = /* @__PURE__ */ z.strictObject({
  volunteerId: z.optional(prefixedId('vol')),
  name: text(1, 40),
  mobile: Mobile,
  note: optionalText(200),
  consent: Consent,
});
export type ActivitySignupRequest = z.input<typeof ActivitySignupRequest>;

export const SignupStatus = {
  confirmed: 'confirmed',
  waitlisted: 'waitlisted',
  cancelled: 'cancelled',
} as const;
export type SignupStatus = (typeof SignupStatus)[keyof typeof SignupStatus];

export const Signup = /* @__PURE__ */ z.object({
  id: prefixedId('sgn'),
  activityId: prefixedId('act'),
  volunteerId: z.nullable(prefixedId('vol')),
  status: z.enum(valuesOf(SignupStatus)),
  /** 1 for the first person waiting; `null` when the place is confirmed. */
  waitlistPosition: z.nullable(checked(z.int(), z.gte(1))),
  /** Confirmed places left after this signup. */
  placesLeft: checked(z.int(), z.gte(0)),
  createdAt: Timestamp,
});
export type Signup = z.infer<typeof Signup>;
