/**
 * Survey statistics as pure functions over counts: no database, no request, so each formula can be
 * checked against hand-computed values (statistics.test.ts) and the results route only tallies.
 *
 * Proportions are computed as fractions and reported as percentages rounded to one decimal
 * (NPS from −100 to 100); means of a 1–5 rating or a 0–10 score keep two decimals, since one
 * decimal of a five-point mean hides real differences (4.25 vs 4.3).
 */
import type { Estimate } from '@wushe/schema';

/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/** 好差评 levels counted as satisfied: 5 非常满意 and 4 满意. */
export const SATISFIED_MINIMUM = 4;
/** A low rating to follow up (回访): 2 不满意 or 1 非常不满意. */
export const FOLLOW_UP_MAXIMUM = 2;
/** NPS promoters answer 9–10; detractors 0–6 (passives 7–8 count only in n). */
export const PROMOTER_MINIMUM = 9;
export const DETRACTOR_MAXIMUM = 6;

/** A point estimate with its interval, all as fractions (NPS: −1 to 1). */
export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Agresti & Coull 1998):
 *
 *   centre    = (p̂ + z²/2n) / (1 + z²/n)
 *   halfWidth = z · √(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n)
 *
 * Unlike the plain Wald interval it stays inside [0, 1] and never collapses to zero width at
 * 0 of n or n of n, which matters at the small n of a community survey. The point estimate is
 * the observed p̂; the interval is centred on the shrunken `centre`. `null` when n = 0.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  assertCounts(n, successes);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { value: p, low: clamp(centre - halfWidth, 0, 1), high: clamp(centre + halfWidth, 0, 1) };
}

/**
 * Adjusted-Wald interval for the Net Promoter Score, the method Rocks found best among the simple
 * ones ("Interval Estimation for the 'Net Promoter Score'", The American Statistician 70(4):
 * 365–372, 2016; arXiv:1601.07235), in the form Sauro & Lewis give it (MeasuringU, "Confidence
 * Intervals for Net Promoter Scores", 2021): add 3 pseudo-observations, ¾ of them promoters,
 * ¾ detractors (and 1½ passives), then use the Wald variance of a difference of two proportions
 * of one multinomial sample:
 *
 *   n′  = n + 3
 *   p̃ₚ  = (promoters + ¾) / n′          p̃_d = (detractors + ¾) / n′
 *   NPS̃ = p̃ₚ − p̃_d
 *   var = p̃ₚ + p̃_d − (p̃ₚ − p̃_d)²        (Var(X) of the −1/0/+1 score)
 *   NPS̃ ± z · √(var / n′)
 *
 * The point estimate is the observed NPS ((promoters − detractors)/n); the interval is clipped to
 * [−1, 1], the range the score can take. `null` when n = 0.
 */
export function adjustedWaldNpsInterval(
  promoters: number,
  detractors: number,
  n: number,
  z = Z_95,
): Interval | null {
  assertCounts(n, promoters, detractors);
  if (promoters + detractors > n) throw new RangeError('promoters + detractors exceed n');
  if (n === 0) return null;
  const adjustedN = n + 3;
  const promoterShare = (promoters + 0.75) / adjustedN;
  const detractorShare = (detractors + 0.75) / adjustedN;
  const adjustedScore = promoterShare - detractorShare;
  const variance = promoterShare + detractorShare - adjustedScore * adjustedScore;
  const margin = z * Math.sqrt(variance / adjustedN);
  return {
    value: (promoters - detractors) / n,
    low: clamp(adjustedScore - margin, -1, 1),
    high: clamp(adjustedScore + margin, -1, 1),
  };
}

/** CSAT: the % of ratings that are 4 or 5, with its Wilson 95% interval, in percent. */
export function csatEstimate(counts: ReadonlyMap<number, number>): Estimate | null {
  const n = total(counts);
  const satisfied = sumWhere(counts, (rating) => rating >= SATISFIED_MINIMUM);
  return asPercent(wilsonInterval(satisfied, n));
}

/** NPS: % of 9–10 minus % of 0–6, with its adjusted-Wald 95% interval, from −100 to 100. */
export function npsEstimate(counts: ReadonlyMap<number, number>): Estimate | null {
  const promoters = sumWhere(counts, (score) => score >= PROMOTER_MINIMUM);
  const detractors = sumWhere(counts, (score) => score <= DETRACTOR_MAXIMUM);
  return asPercent(adjustedWaldNpsInterval(promoters, detractors, total(counts)));
}

/** The mean of values given as value → count, to two decimals; `null` with no values. */
export function meanOf(counts: ReadonlyMap<number, number>): number | null {
  const n = total(counts);
  if (n === 0) return null;
  let sum = 0;
  for (const [value, count] of counts) sum += value * count;
  return roundTo(sum / n, 2);
}

/** Rounds half away from zero (so −2.25 → −2.3, as 2.25 → 2.3) and never yields −0. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // The epsilon undoes binary noise such as 1.005 being stored as 1.00499999….
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded === 0 ? 0 : rounded;
}

function asPercent(interval: Interval | null): Estimate | null {
  if (!interval) return null;
  return {
    value: roundTo(interval.value * 100, 1),
    low: roundTo(interval.low * 100, 1),
    high: roundTo(interval.high * 100, 1),
  };
}

function total(counts: ReadonlyMap<number, number>): number {
  return sumWhere(counts, () => true);
}

function sumWhere(counts: ReadonlyMap<number, number>, include: (value: number) => boolean) {
  let sum = 0;
  for (const [value, count] of counts) if (include(value)) sum += count;
  return sum;
}

function assertCounts(n: number, ...parts: number[]): void {
  for (const count of [n, ...parts]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count: ${count}`);
  }
  if (parts.some((part) => part > n)) throw new RangeError('a part exceeds n');
}

// Floating-point noise can put an end a hair outside its range (10 of 10 gives 0.9999…98).
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
