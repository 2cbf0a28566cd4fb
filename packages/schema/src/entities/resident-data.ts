import * as z from 'zod/mini';
import { checked } from '../checked.js';
import {
  CalendarDate,
  CommunityCode,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { ActivityStatus, SignupStatus } from './activity.js';
import { Donation } from './donation.js';
import { Need, NeedCategory, NeedStatus } from './need.js';
import { Resident } from './resident.js';
import { ServiceRecord } from './service-record.js';
import { Availability, Volunteer } from './volunteer.js';

/*
 * What a signed-in resident sees of their own (SPEC §13): the volunteer registration, signups,
 * hours, the needs they posted and the donations they made, matched by the signed-in mobile;
 * and what PIPL gives them: an export, corrections, withdrawal of consent and erasure.
 */

/** My volunteer registration: as staff see it, plus what I consented to and when. */
export const MyVolunteer = /* @__PURE__ */ z.extend(Volunteer, {
  birthDate: z.nullable(CalendarDate),
  consent: z.object({ policyVersion: z.string(), consentedAt: Timestamp }),
});
export type MyVolunteer = z.infer<typeof MyVolunteer>;

/** `PATCH /v1/residents/me/volunteer`: correct my registration; only the fields given change. */
export const UpdateMyVolunteerRequest = /* @__PURE__ */ z.strictObject({
  name: z.optional(text(1, 40)),
  communityId: z.optional(CommunityCode),
  skills: z.optional(checked(z.array(text(1, 20)), z.maxLength(10))),
  serviceAreas: z.optional(checked(z.array(z.enum(valuesOf(NeedCategory))), z.maxLength(10))),
  availability: z.optional(checked(z.array(z.enum(valuesOf(Availability))), z.maxLength(5))),
});
export type UpdateMyVolunteerRequest = z.input<typeof UpdateMyVolunteerRequest>;

/** What withdrawing consent did: the registration is erased, future signups cancelled. */
export const VolunteerConsentWithdrawn = /* @__PURE__ */ z.object({
  withdrawn: z.literal(true),
  cancelledSignups: checked(z.int(), z.gte(0)),
});
export type VolunteerConsentWithdrawn = z.infer<typeof VolunteerConsentWithdrawn>;

/** One of my signups, with the activity it is for. */
export const MySignup = /* @__PURE__ */ z.object({
  id: prefixedId('sgn'),
  status: z.enum(valuesOf(SignupStatus)),
  /** 1 for the first person waiting; `null` unless waiting. */
  waitlistPosition: z.nullable(checked(z.int(), z.gte(1))),
  activity: z.object({
    id: prefixedId('act'),
    title: z.string(),
    location: z.string(),
    startsAt: Timestamp,
    endsAt: Timestamp,
    status: z.enum(valuesOf(ActivityStatus)),
  }),
  /** Whether I may still cancel: the signup holds or waits for a place and the activity has not begun. */
  cancellable: z.boolean(),
  createdAt: Timestamp,
});
export type MySignup = z.infer<typeof MySignup>;

/** My hours on one activity (or, `activityId: null`, hours recorded for no activity). */
export const MyActivityHours = /* @__PURE__ */ z.object({
  activityId: z.nullable(prefixedId('act')),
  title: z.nullable(z.string()),
  halfHours: checked(z.int(), z.gte(0)),
  records: checked(z.int(), z.gte(1)),
  lastServedOn: CalendarDate,
});
export type MyActivityHours = z.infer<typeof MyActivityHours>;

export const MyHours = /* @__PURE__ */ z.object({
  volunteerId: prefixedId('vol'),
  servedHalfHours: checked(z.int(), z.gte(0)),
  byActivity: z.array(MyActivityHours),
  records: z.array(ServiceRecord),
});
export type MyHours = z.infer<typeof MyHours>;

/** One step of a need's way: posted, reviewed, claimed, fulfilled or closed, with the reason given. */
export const NeedTimelineEntry = /* @__PURE__ */ z.object({
  status: z.enum(valuesOf(NeedStatus)),
  at: Timestamp,
  reason: z.nullable(z.string()),
});
export type NeedTimelineEntry = z.infer<typeof NeedTimelineEntry>;

/** A need I posted: the public view, my contact as I gave it, and its timeline. */
export const MyNeed = /* @__PURE__ */ z.extend(Need, {
  /** `null` once erased (180 days after the need closed, or on my request). */
  contact: z.nullable(z.object({ name: z.string(), mobile: z.string() })),
  timeline: z.array(NeedTimelineEntry),
});
export type MyNeed = z.infer<typeof MyNeed>;

/** A donation I made, with the fund's name and the receipt I asked for. */
export const MyDonation = /* @__PURE__ */ z.extend(Donation, {
  fundName: z.string(),
  receipt: z.nullable(z.object({ title: z.string(), creditCode: z.nullable(z.string()) })),
});
export type MyDonation = z.infer<typeof MyDonation>;

/** `GET /v1/residents/me/export`: everything this district holds about me, as JSON (PIPL Art. 45). */
export const ResidentExport = /* @__PURE__ */ z.object({
  exportedAt: Timestamp,
  resident: Resident,
  volunteer: z.nullable(MyVolunteer),
  signups: z.array(MySignup),
  hours: z.nullable(MyHours),
  needs: z.array(MyNeed),
  donations: z.array(MyDonation),
});
export type ResidentExport = z.infer<typeof ResidentExport>;

/** `DELETE /v1/residents/me`: what was erased; what others rely on stays, anonymised. */
export const ResidentErased = /* @__PURE__ */ z.object({
  erased: z.literal(true),
  volunteers: checked(z.int(), z.gte(0)),
  signups: checked(z.int(), z.gte(0)),
  needs: checked(z.int(), z.gte(0)),
  claims: checked(z.int(), z.gte(0)),
  donations: checked(z.int(), z.gte(0)),
});
export type ResidentErased = z.infer<typeof ResidentErased>;

/** A list of my records: all of them (a resident's own records are few). */
export const mine = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(item: T) =>
  z.object({ data: z.array(item) });
