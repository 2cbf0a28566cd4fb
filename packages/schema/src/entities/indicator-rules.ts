import type { IndicatorId, IndicatorTarget, IndicatorsReport } from './indicators.js';

/*
 * The rules of the linkage index shared by the server and `<wushe-linkage-index>`: the published
 * targets, how much of a target is reached, the 1–5 score, and the CSV table.
 */

/** 民政部《关于大力培育发展社区社会组织的意见》(民发〔2017〕191号): per community, on average. */
export const SOCIAL_ORGS_PER_URBAN_COMMUNITY = 10;
export const SOCIAL_ORGS_PER_RURAL_VILLAGE = 5;
export const SOCIAL_ORGS_SOURCE = '民政部, 2017';
/** 长宁区's plan: at least 12 community social organizations per community. */
export const SOCIAL_ORGS_PER_COMMUNITY_CHANGNING = 12;
export const CHANGNING_DISTRICT = '310105';
/** Model-community rules: registered volunteers at least 10% of residents. */
export const VOLUNTEERS_PER_HUNDRED_RESIDENTS = 10;

/** The targets that do not depend on the division (the social organizations' one does). */
export const FIXED_TARGETS: Partial<Record<IndicatorId, IndicatorTarget>> = {
  low_ratings_followed_up: {
    value: 100,
    comparison: 'at_least',
    source: '政务服务"好差评" rules',
  },
  social_orgs_per_community_changning: {
    value: SOCIAL_ORGS_PER_COMMUNITY_CHANGNING,
    comparison: 'at_least',
    source: '长宁区 plan, 2023',
  },
  volunteers_per_hundred_residents: {
    value: VOLUNTEERS_PER_HUNDRED_RESIDENTS,
    comparison: 'at_least',
    source: 'model-community rules',
  },
  quiet_projects: { value: 0, comparison: 'at_most', source: 'SPEC §12' },
  funds_disclosed: { value: 100, comparison: 'at_least', source: '慈善法 Art. 25' },
};

/**
 * The 民政部 target for a set of communities: 10 for each urban community and 5 for each rural
 * village, averaged (a community of unknown kind counts as urban, the stricter).
 */
export function socialOrgsTarget(urban: number, rural: number): IndicatorTarget | null {
  const communities = urban + rural;
  if (communities === 0) return null;
  const total = urban * SOCIAL_ORGS_PER_URBAN_COMMUNITY + rural * SOCIAL_ORGS_PER_RURAL_VILLAGE;
  return {
    value: Math.round((total / communities) * 100) / 100,
    comparison: 'at_least',
    source: SOCIAL_ORGS_SOURCE,
  };
}

/**
 * How much of the target is reached, from 0 to 1. At least `t`: value ÷ t. At most `t` (0 quiet
 * projects): 1 when within it, else 1 − the excess as a share of the denominator.
 */
export function targetReached(
  value: number,
  target: IndicatorTarget,
  denominator: number | null = null,
): number {
  if (target.comparison === 'at_least') {
    return target.value <= 0 ? 1 : Math.min(1, Math.max(0, value / target.value));
  }
  if (value <= target.value) return 1;
  const scale = denominator && denominator > 0 ? denominator : value;
  return Math.max(0, 1 - (value - target.value) / scale);
}

/**
 * The 1–5 score of the share of a target reached (after Decidim's quality indicators): 5 the
 * target met; 4 at least three quarters of it; 3 at least half; 2 at least a quarter; 1 below.
 */
export function scoreFor(reached: number): 1 | 2 | 3 | 4 | 5 {
  if (reached >= 1) return 5;
  if (reached >= 0.75) return 4;
  if (reached >= 0.5) return 3;
  if (reached >= 0.25) return 2;
  return 1;
}

/** The CSV's columns, in order: one row per division and indicator. */
export const INDICATOR_CSV_COLUMNS = [
  'division_code',
  'division_name',
  'level',
  'parent_code',
  'society',
  'indicator',
  'unit',
  'available',
  'value',
  'numerator',
  'denominator',
  'interval_low',
  'interval_high',
  'withheld',
  'calendar_known',
  'target',
  'target_comparison',
  'target_source',
  'score',
  'from',
  'to',
  'computed_at',
] as const;

const cell = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '';
  // Numbers and booleans never need quoting: only text is searched (a district has ~8,000 rows).
  if (typeof value !== 'string') return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

/**
 * The report as CSV (RFC 4180, CRLF): a header row, then one row per division and indicator.
 * Starts with a UTF-8 byte-order mark so Excel reads the Chinese names right.
 */
export function indicatorsCsv(report: IndicatorsReport): string {
  const rows = report.divisions.flatMap((division) =>
    division.indicators.map((indicator) =>
      [
        division.code,
        division.name,
        division.level,
        division.parentCode,
        indicator.society,
        indicator.id,
        indicator.unit,
        indicator.available,
        indicator.value,
        indicator.numerator,
        indicator.denominator,
        indicator.interval?.low,
        indicator.interval?.high,
        indicator.withheld,
        indicator.calendarKnown,
        indicator.target?.value,
        indicator.target?.comparison,
        indicator.target?.source,
        indicator.score,
        report.from,
        report.to,
        report.computedAt,
      ]
        .map(cell)
        .join(','),
    ),
  );
  return `\uFEFF${[INDICATOR_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
