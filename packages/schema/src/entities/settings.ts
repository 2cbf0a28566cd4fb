import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { CalendarDate } from '../primitives.js';
import { isWeekend } from '../calendar/working-days.js';

/*
 * A district's settings (SPEC §9, `GET/PATCH /v1/settings`): the points rules (§13), the holiday
 * calendar working days are counted with (§12), whether the linkage index is public, and which
 * notifier sends messages. Every field has a default, so a district that never saved anything
 * reads the defaults.
 */

/** The points rules of the 时间银行 / 公益积分 (§13); defaults after 广州's 公益时间银行. */
export const PointsRules = /* @__PURE__ */ checked(
  z.object({
    /** Points for one hour of 信用时 (1 h = 1 point). */
    pointsPerHour: z._default(checked(z.number(), z.gt(0), z.lte(100)), 1),
    /** The multiplier staff may give an activity (e.g. 1–3 for difficulty). */
    activityMultiplier: z._default(
      z.strictObject({
        min: checked(z.number(), z.gt(0), z.lte(10)),
        max: checked(z.number(), z.gt(0), z.lte(10)),
      }),
      { min: 1, max: 3 },
    ),
    /** Hours a volunteer may earn points for in a year. */
    annualCapHours: z._default(checked(z.int(), z.gte(1), z.lte(8760)), 1500),
    /** Years points last (hours never expire); `null`: points never expire. */
    expiryYears: z._default(z.nullable(checked(z.int(), z.gte(1), z.lte(50))), 3),
    /** Transfer of points to family: spouse, parents or grandparents aged at least `minAge`. */
    familyTransfer: z._default(
      z.strictObject({
        enabled: z.boolean(),
        minAge: checked(z.int(), z.gte(0), z.lte(120)),
      }),
      { enabled: true, minAge: 60 },
    ),
    /** Whether residents may give points back to the community pool. */
    donationBack: z._default(z.boolean(), true),
  }),
  check((rules) => rules.activityMultiplier.min <= rules.activityMultiplier.max, 'too_big', {
    path: ['activityMultiplier', 'min'],
    dependsOn: ['activityMultiplier'],
  }),
);

/** One year's holidays as the State Council announces them: days off and make-up working days (调休). */
export const HolidayYearSettings = /* @__PURE__ */ checked(
  z.strictObject({
    year: checked(z.int(), z.gte(2000), z.lte(2100)),
    daysOff: checked(z.array(CalendarDate), z.maxLength(60)),
    /** 调休: weekend days worked instead; each must be a Saturday or a Sunday. */
    workdays: checked(z.array(CalendarDate), z.maxLength(20)),
  }),
  check(
    (year) => [...year.daysOff, ...year.workdays].every((date) => date.startsWith(`${year.year}-`)),
    'invalid',
    { path: ['year'], dependsOn: ['year', 'daysOff', 'workdays'] },
  ),
  check((year) => year.workdays.every(isWeekend), 'invalid', {
    path: ['workdays'],
    dependsOn: ['workdays'],
  }),
  check((year) => !year.workdays.some((date) => year.daysOff.includes(date)), 'invalid', {
    path: ['workdays'],
    dependsOn: ['daysOff', 'workdays'],
  }),
);
export type HolidayYearSettings = z.infer<typeof HolidayYearSettings>;

const Holidays = /* @__PURE__ */ checked(
  z.array(HolidayYearSettings),
  z.maxLength(50),
  check<HolidayYearSettings[]>(
    (years) => new Set(years.map((year) => year.year)).size === years.length,
    'invalid',
  ),
);

/** Who sends invites, sign-in codes and reminders. Only the provider's name: never credentials. */
export const NotifierProvider = {
  log: 'log',
  aliyunSms: 'aliyun_sms',
  tencentSms: 'tencent_sms',
  email: 'email',
} as const;
export type NotifierProvider = (typeof NotifierProvider)[keyof typeof NotifierProvider];

const Notifier = /* @__PURE__ */ z.strictObject({
  provider: z.enum(['log', 'aliyun_sms', 'tencent_sms', 'email']),
});

export const DistrictSettings = /* @__PURE__ */ z.object({
  points: z.prefault(PointsRules, {}),
  /** The years entered; working days count weekends only in any other year. */
  holidays: z._default(Holidays, []),
  /** Whether a publishable key may read the linkage index (§12). */
  publicIndicators: z._default(z.boolean(), false),
  notifier: z._default(Notifier, { provider: 'log' }),
});
export type DistrictSettings = z.infer<typeof DistrictSettings>;

/**
 * `PATCH /v1/settings`: the sections given change. `points` fields given replace those stored;
 * each year in `holidays` replaces that year (others stay); `removeHolidayYears` drops years.
 */
export const UpdateSettingsRequest = /* @__PURE__ */ z.strictObject({
  points: z.optional(
    z.strictObject({
      pointsPerHour: z.optional(checked(z.number(), z.gt(0), z.lte(100))),
      activityMultiplier: z.optional(
        z.strictObject({
          min: checked(z.number(), z.gt(0), z.lte(10)),
          max: checked(z.number(), z.gt(0), z.lte(10)),
        }),
      ),
      annualCapHours: z.optional(checked(z.int(), z.gte(1), z.lte(8760))),
      expiryYears: z.optional(z.nullable(checked(z.int(), z.gte(1), z.lte(50)))),
      familyTransfer: z.optional(
        z.strictObject({
          enabled: z.boolean(),
          minAge: checked(z.int(), z.gte(0), z.lte(120)),
        }),
      ),
      donationBack: z.optional(z.boolean()),
    }),
  ),
  holidays: z.optional(Holidays),
  removeHolidayYears: z.optional(
    checked(z.array(checked(z.int(), z.gte(2000), z.lte(2100))), z.maxLength(50)),
  ),
  publicIndicators: z.optional(z.boolean()),
  notifier: z.optional(Notifier),
});
export type UpdateSettingsRequest = z.input<typeof UpdateSettingsRequest>;
