import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CalendarDate,
  optionalText,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';

/**
 * Service time rounds to half hours per started hour (SPEC §2): of the minutes past the last
 * whole hour, up to 15 count nothing, up to 45 count half an hour, and more count a whole hour.
 * Returned as whole half-hours so the time bank adds integers and never drifts.
 */
export function roundToHalfHours(minutes: number): number {
  const whole = Math.floor(minutes / 60);
  const rest = minutes - whole * 60;
  return whole * 2 + (rest <= 15 ? 0 : rest <= 45 ? 1 : 2);
}

/** The longest stretch one record may hold: a day. */
export const MAX_SERVICE_MINUTES = 24 * 60;

/**
 * Where a service record came from: an activity's check-in list (the person was signed up and
 * came), or a manual entry by the organiser.
 */
export const ServiceRecordSource = { checkIn: 'check_in', manual: 'manual' } as const;
export type ServiceRecordSource = (typeof ServiceRecordSource)[keyof typeof ServiceRecordSource];

/**
 * `POST /v1/service-records` (staff): the organiser records hours a volunteer served. 信用时
 * (`check_in`, SPEC §13: the only hours that earn points) come from an activity's check-in list,
 * so they name the activity.
 */
export const CreateServiceRecordRequest = /* @__PURE__ */ checked(
  z.strictObject({
    volunteerId: prefixedId('vol'),
    activityId: z.optional(prefixedId('act')),
    needId: z.optional(prefixedId('need')),
    servedOn: CalendarDate,
    minutes: checked(z.int(), z.gte(1), z.lte(MAX_SERVICE_MINUTES)),
    /** What was done (服务内容), kept with the record as 志愿服务条例 asks. */
    content: text(2, 200),
    note: optionalText(200),
    /** `check_in` from an activity's check-in list; `manual` (the default) otherwise. */
    source: z._default(z.enum(valuesOf(ServiceRecordSource)), 'manual'),
  }),
  check((record) => record.source !== 'check_in' || record.activityId !== undefined, 'required', {
    path: ['activityId'],
    dependsOn: ['source', 'activityId'],
  }),
);
export type CreateServiceRecordRequest = z.input<typeof CreateServiceRecordRequest>;

export const ServiceRecord = /* @__PURE__ */ z.object({
  id: prefixedId('srv'),
  volunteerId: prefixedId('vol'),
  activityId: z.nullable(prefixedId('act')),
  needId: z.nullable(prefixedId('need')),
  servedOn: CalendarDate,
  minutes: z.int(),
  /** Credited hours after rounding, in halves: 1.5 hours is `3`. */
  halfHours: checked(z.int(), z.gte(0)),
  content: z.string(),
  source: z.enum(valuesOf(ServiceRecordSource)),
  createdAt: Timestamp,
});
export type ServiceRecord = z.infer<typeof ServiceRecord>;

/** `GET /v1/volunteers/{id}/hours` (staff): the volunteer's time-bank balance and records. */
export const VolunteerHours = /* @__PURE__ */ z.object({
  volunteerId: prefixedId('vol'),
  /** The time-bank balance in half hours: credits from service less hours spent. */
  balanceHalfHours: z.int(),
  /** All hours ever credited, in half hours. */
  servedHalfHours: checked(z.int(), z.gte(0)),
  records: z.array(ServiceRecord),
});
export type VolunteerHours = z.infer<typeof VolunteerHours>;
