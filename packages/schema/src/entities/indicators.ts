import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { CalendarDate, text, Timestamp, valuesOf } from '../primitives.js';

/*
 * The linkage index (五社联动评价指标, SPEC §12): for a division and every division below it, each
 * indicator with its value, numerator, denominator, target, the target's source and a 1–5 score.
 * The definitions, one line each, are in `INDICATORS`; the targets and the score in
 * `indicator-rules.ts`, shared by the server and the widget.
 */

/** The five societies (Changning's definition, SPEC §2), one panel each. */
export const Society = {
  community: 'community',
  socialWorkers: 'social_workers',
  socialOrganizations: 'social_organizations',
  volunteers: 'volunteers',
  charity: 'charity',
} as const;
export type Society = (typeof Society)[keyof typeof Society];

/** What a value counts: a number of things, a percentage, days, hours, fen, a score. */
export const IndicatorUnit = {
  count: 'count',
  percent: 'percent',
  days: 'days',
  hours: 'hours',
  fen: 'fen',
  ratio: 'ratio',
  perHundred: 'per_hundred',
  nps: 'nps',
} as const;
export type IndicatorUnit = (typeof IndicatorUnit)[keyof typeof IndicatorUnit];

/**
 * Every indicator of §12's table with its society, unit and definition as implemented. The
 * period is [`from`, `to`] in Beijing dates. `available: false` marks those whose data does not
 * exist yet (resources and projects, SPEC §11): they are listed with no value.
 */
export const INDICATORS = {
  needs_posted: {
    society: 'community',
    unit: 'count',
    definition: 'needs residents posted in the period (any status)',
  },
  needs_fulfilled: {
    society: 'community',
    unit: 'count',
    definition: 'needs marked fulfilled in the period',
  },
  fulfilment_rate: {
    society: 'community',
    unit: 'percent',
    definition:
      'of the needs posted in the period and published (not pending review, not rejected), the share fulfilled by now',
  },
  median_days_to_claim: {
    society: 'community',
    unit: 'days',
    definition: 'median days from posting to the claim, of needs claimed in the period',
  },
  median_days_to_fulfil: {
    society: 'community',
    unit: 'days',
    definition: 'median days from posting to fulfilment, of needs fulfilled in the period',
  },
  csat: {
    society: 'community',
    unit: 'percent',
    definition:
      'share of responses in the period whose first rating is 4–5 (Wilson 95% interval); withheld below n = 10',
  },
  nps: {
    society: 'community',
    unit: 'nps',
    definition:
      '% of first NPS answers 9–10 minus % 0–6 in the period (adjusted-Wald 95% interval); withheld below n = 10',
  },
  low_ratings_followed_up: {
    society: 'community',
    unit: 'percent',
    definition:
      'of the 差评 (first rating ≤ 2) received in the period whose deadline has passed or that were followed up, the share followed up within 15 working days of the district calendar',
  },
  social_workers_serving: {
    society: 'social_workers',
    unit: 'count',
    definition: 'active social workers placed in the division (a community, or a whole street)',
  },
  follow_ups_done: {
    society: 'social_workers',
    unit: 'count',
    definition: '差评 followed up in the period by a staff account linked to a social worker',
  },
  projects_served: {
    society: 'social_workers',
    unit: 'count',
    definition:
      'projects created by the end of the period, not rejected or cancelled, with at least one of the district’s active social workers on them, counted in each place they serve',
  },
  social_orgs_per_community: {
    society: 'social_organizations',
    unit: 'ratio',
    definition:
      'active community social organizations placed in the division per community; target 10 per urban community, 5 per rural village (a community of unknown kind counts as urban)',
  },
  social_orgs_per_community_changning: {
    society: 'social_organizations',
    unit: 'ratio',
    definition:
      'the same per-community figure against 长宁区 plan’s 12 per community (长宁区 only)',
  },
  resources_published: {
    society: 'social_organizations',
    unit: 'count',
    definition:
      'resources created in the period and still published, once in each community and street they serve',
  },
  needs_matched: {
    society: 'social_organizations',
    unit: 'count',
    definition: 'needs first matched to a resource in the period, placed where the need is',
  },
  projects_by_kind_status: {
    society: 'social_organizations',
    unit: 'count',
    definition:
      'projects created by the end of the period, by kind and their status now (`breakdown`), once in each community and street they serve',
  },
  quiet_projects: {
    society: 'social_organizations',
    unit: 'count',
    definition:
      'projects in progress now quiet by the quiet rule (no public update for 180 days), once in each community and street they serve',
  },
  volunteers_per_hundred_residents: {
    society: 'volunteers',
    unit: 'per_hundred',
    definition:
      'volunteers registered by the end of the period per 100 residents (常住人口), over the communities whose population is known',
  },
  volunteer_hours: {
    society: 'volunteers',
    unit: 'hours',
    definition: 'hours recorded (rounded to half hours) for service in the period',
  },
  hours_per_volunteer: {
    society: 'volunteers',
    unit: 'hours',
    definition: 'hours served in the period per volunteer registered by its end',
  },
  active_volunteers: {
    society: 'volunteers',
    unit: 'count',
    definition: 'volunteers with at least one service record in the period',
  },
  funds_raised: {
    society: 'charity',
    unit: 'fen',
    definition: 'succeeded donations confirmed in the period, to funds placed in the division',
  },
  donors: {
    society: 'charity',
    unit: 'count',
    definition:
      'distinct donors of those donations (by mobile; a donation without one counts as one donor)',
  },
  funds_disbursed: {
    society: 'charity',
    unit: 'fen',
    definition: 'disbursements paid in the period from funds placed in the division',
  },
  share_disbursed: {
    society: 'charity',
    unit: 'percent',
    definition:
      'all disbursed by the end of the period over all raised by then, of funds placed in the division',
  },
  funds_disclosed: {
    society: 'charity',
    unit: 'percent',
    definition: 'funds placed in the division whose 慈善法 Art. 25 disclosure is complete',
  },
} as const satisfies Record<string, { society: Society; unit: IndicatorUnit; definition: string }>;
export type IndicatorId = keyof typeof INDICATORS;
export const INDICATOR_IDS = /* @__PURE__ */ Object.keys(INDICATORS) as IndicatorId[];

/** Which way a target points: at least (`≥ 10`) or at most (`0 quiet projects`). */
export const TargetComparison = { atLeast: 'at_least', atMost: 'at_most' } as const;
export type TargetComparison = (typeof TargetComparison)[keyof typeof TargetComparison];

export const IndicatorTarget = /* @__PURE__ */ z.object({
  value: z.number(),
  comparison: z.enum(valuesOf(TargetComparison)),
  /** Who set it: `民政部, 2017`, `长宁区 plan, 2023`, `政务服务"好差评" rules`. */
  source: z.string(),
});
export type IndicatorTarget = z.infer<typeof IndicatorTarget>;

/** One month of an indicator (`?series=monthly`): the same figures, for that month alone. */
export const IndicatorMonth = /* @__PURE__ */ z.object({
  /** `YYYY-MM`. */
  month: z.string(),
  value: z.nullable(z.number()),
  numerator: z.nullable(z.number()),
  denominator: z.nullable(z.number()),
  /** True when the month's satisfaction figure rests on fewer than 10 responses. */
  withheld: z.optional(z.boolean()),
});
export type IndicatorMonth = z.infer<typeof IndicatorMonth>;

/** One kind and status of the projects (`projects_by_kind_status`) and how many there are. */
export const IndicatorBreakdown = /* @__PURE__ */ z.object({
  kind: z.string(),
  status: z.string(),
  count: z.int(),
});
export type IndicatorBreakdown = z.infer<typeof IndicatorBreakdown>;

export const Indicator = /* @__PURE__ */ z.object({
  id: z.enum(INDICATOR_IDS as [IndicatorId, ...IndicatorId[]]),
  society: z.enum(valuesOf(Society)),
  unit: z.enum(valuesOf(IndicatorUnit)),
  /** False while the data it needs does not exist yet: then every figure is `null`. */
  available: z.boolean(),
  /** `null` with no denominator (no residents known, no responses) or when withheld. */
  value: z.nullable(z.number()),
  numerator: z.nullable(z.number()),
  denominator: z.nullable(z.number()),
  /** The 95% interval of CSAT and NPS. */
  interval: z.optional(z.nullable(z.object({ low: z.number(), high: z.number() }))),
  /** True when a satisfaction figure rests on fewer than 10 responses and is not shown. */
  withheld: z.optional(z.boolean()),
  /** False when a year the figure depends on has no holiday calendar: weekends only were skipped. */
  calendarKnown: z.optional(z.boolean()),
  target: z.nullable(IndicatorTarget),
  /** 1–5: how much of the target is reached (`scoreFor`); `null` without a target or a value. */
  score: z.nullable(checked(z.int(), z.gte(1), z.lte(5))),
  /**
   * With `?series=monthly`, on the division asked for (not those below it): the indicator of
   * each calendar month of the period (the first and last clipped to it), computed by the same
   * rules as the whole period's figure.
   */
  series: z.optional(z.array(IndicatorMonth)),
  /** `projects_by_kind_status`: the projects counted in `value`, by kind and status. */
  breakdown: z.optional(z.array(IndicatorBreakdown)),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorLevel = {
  district: 'district',
  street: 'street',
  community: 'community',
} as const;
export type IndicatorLevel = (typeof IndicatorLevel)[keyof typeof IndicatorLevel];

export const DivisionIndicators = /* @__PURE__ */ z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(valuesOf(IndicatorLevel)),
  /** The division above (`null` for the district). */
  parentCode: z.nullable(z.string()),
  /** `street`, `town`, `urban_community`, `rural_village`, or `null` when not known. */
  kind: z.nullable(z.string()),
  /** 常住人口: the community's, or the sum of the known ones below. */
  population: z.nullable(z.int()),
  indicators: z.array(Indicator),
});
export type DivisionIndicators = z.infer<typeof DivisionIndicators>;

/** `GET /v1/indicators`: the division asked for first, then every division below it. */
export const IndicatorsReport = /* @__PURE__ */ z.object({
  division: z.string(),
  from: CalendarDate,
  to: CalendarDate,
  /** False when a year of the period has no holiday calendar in the settings. */
  calendarKnown: z.boolean(),
  /** With `?series=monthly`: the months of the period, `YYYY-MM`, in order. */
  months: z.optional(z.array(z.string())),
  divisions: z.array(DivisionIndicators),
  /** When these figures were computed: a report is kept and served for a few minutes (SPEC §12). */
  computedAt: Timestamp,
});
export type IndicatorsReport = z.infer<typeof IndicatorsReport>;

/** How a report is broken down in time: `monthly` adds each indicator's months. */
export const IndicatorSeries = { monthly: 'monthly' } as const;
export type IndicatorSeries = (typeof IndicatorSeries)[keyof typeof IndicatorSeries];

/**
 * `?division=&from=&to=&series=`: `to` defaults to today, `from` to a year before it; `series=monthly`
 * adds each indicator's monthly figures (the trends of `<wushe-linkage-index>`).
 */
export const IndicatorsQuery = /* @__PURE__ */ checked(
  z.strictObject({
    division: checked(text(6, 12), z.regex(/^\d{6}(?:\d{3}){0,2}$/)),
    from: z.optional(CalendarDate),
    to: z.optional(CalendarDate),
    series: z.optional(z.enum(valuesOf(IndicatorSeries))),
  }),
  check<{ division: string; from?: string | undefined; to?: string | undefined }>(
    (query) => !query.from || !query.to || query.from <= query.to,
    'invalid',
    {
      path: ['from'],
      dependsOn: ['from', 'to'],
    },
  ),
);
export type IndicatorsQuery = z.input<typeof IndicatorsQuery>;
