import {
  FIXED_TARGETS,
  INDICATORS,
  scoreFor,
  targetReached,
  type Indicator,
  type IndicatorId,
  type IndicatorTarget,
} from '@wushe/schema';
import { roundTo } from '../surveys/statistics.js';

/** An indicator from its parts; the score follows from value and target. */
export function indicator(
  id: IndicatorId,
  parts: {
    value: number | null;
    numerator?: number | null;
    denominator?: number | null;
    target?: IndicatorTarget | null;
    available?: boolean;
  } & Pick<Indicator, 'interval' | 'withheld' | 'calendarKnown' | 'breakdown'>,
): Indicator {
  const { society, unit } = INDICATORS[id];
  const target = parts.target ?? FIXED_TARGETS[id] ?? null;
  const value = parts.value === null ? null : roundTo(parts.value, 2);
  return {
    id,
    society,
    unit,
    available: parts.available ?? true,
    value,
    numerator: parts.numerator ?? null,
    denominator: parts.denominator ?? null,
    ...(parts.interval !== undefined ? { interval: parts.interval } : {}),
    ...(parts.withheld !== undefined ? { withheld: parts.withheld } : {}),
    ...(parts.calendarKnown !== undefined ? { calendarKnown: parts.calendarKnown } : {}),
    ...(parts.breakdown !== undefined ? { breakdown: parts.breakdown } : {}),
    target,
    score:
      target && value !== null
        ? scoreFor(targetReached(value, target, parts.denominator ?? null))
        : null,
  };
}
