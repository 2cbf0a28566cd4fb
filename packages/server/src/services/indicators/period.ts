import { addDays, chinaDate, type Indicator, type WorkingCalendar } from '@wushe/schema';

/*
 * The period of the linkage index and its calendar months (`?series=monthly`): each month's
 * indicators are computed by the same rules as the whole period's, over the month alone.
 */

const CHINA_MIDNIGHT = 'T00:00:00+08:00';

/** A period as dates (Beijing) and as instants: from the start of `from` to the start of the day after `to`. */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly start: Date;
  readonly end: Date;
}

function periodBetween(from: string, to: string): Period {
  return {
    from,
    to,
    start: new Date(`${from}${CHINA_MIDNIGHT}`),
    end: new Date(`${addDays(to, 1)}${CHINA_MIDNIGHT}`),
  };
}

/** The period asked for: `to` defaults to today (Beijing), `from` to 364 days before it. */
export function periodOf(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Period {
  const to = query.to ?? chinaDate(now);
  return periodBetween(query.from ?? addDays(to, -364), to);
}

/** Whether the calendar knows every year from `from` to `to`. */
export function knowsYears(calendar: WorkingCalendar, from: string, to: string): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    if (!calendar.knowsYear(year)) return false;
  }
  return true;
}

/** The calendar months the period touches, each clipped to the period. */
export function monthsOf(period: Period): (Period & { month: string })[] {
  const months: (Period & { month: string })[] = [];
  let first = `${period.from.slice(0, 7)}-01`;
  while (first <= period.to) {
    const [year, month] = first.split('-').map(Number) as [number, number];
    const next =
      month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const last = addDays(next, -1);
    months.push({
      month: first.slice(0, 7),
      ...periodBetween(
        first < period.from ? period.from : first,
        last > period.to ? period.to : last,
      ),
    });
    first = next;
  }
  return months;
}

/** One month's indicators of every division, by division code. */
export interface MonthIndicators {
  readonly month: string;
  readonly indicators: Map<string, Indicator[]>;
}

/** A division's indicators with each one's months beside it. */
export function withSeries(
  indicators: readonly Indicator[],
  code: string,
  months: readonly MonthIndicators[],
): Indicator[] {
  return indicators.map((indicator) => ({
    ...indicator,
    series: months.map(({ month, indicators: ofMonth }) => {
      const same = ofMonth.get(code)?.find((each) => each.id === indicator.id);
      return {
        month,
        value: same?.value ?? null,
        numerator: same?.numerator ?? null,
        denominator: same?.denominator ?? null,
        ...(same?.withheld !== undefined ? { withheld: same.withheld } : {}),
      };
    }),
  }));
}
