import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { seedDemoFixture } from './seed-fixtures.js';

/**
 * The months of `series=monthly` are read in one pass with the whole period: each must be exactly
 * the figures of that month asked for as a period of its own, on the demo's year of activity.
 */

const h = useHarness({}, { reset: 'once' });

interface Figure {
  id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  withheld?: boolean;
  series?: (Omit<Figure, 'id' | 'series'> & { month: string })[];
}

interface Report {
  from: string;
  to: string;
  divisions: { code: string; indicators: Figure[] }[];
}

async function indicatorsOf(division: string, query: string) {
  const response = await h.request('GET', `/v1/indicators?division=${division}${query}`, {
    key: h.keys.sk,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const report = response.body as Report;
  return { ...report, figures: report.divisions.find((d) => d.code === division)!.indicators };
}

/** The first and last day of a month, clipped to the period. */
function monthBounds(month: string, from: string, to: string): [string, string] {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
  const first = `${month}-01`;
  return [first < from ? from : first, last > to ? to : last];
}

describe('GET /v1/indicators?series=monthly on the demo year', () => {
  it('gives each month the figures of that month asked for alone, for a district and a street', async () => {
    await seedDemoFixture(h);
    for (const division of ['440113', '440113104']) {
      // The default period: the demo's year, up to today.
      const { from, to, figures: withMonths } = await indicatorsOf(division, '&series=monthly');
      const months = withMonths[0]!.series!.map((entry) => entry.month);
      expect(months.length).toBeGreaterThanOrEqual(12);
      let postedInMonths = 0;
      for (const [index, month] of months.entries()) {
        const [first, last] = monthBounds(month, from, to);
        const { figures: alone } = await indicatorsOf(division, `&from=${first}&to=${last}`);
        for (const figure of withMonths) {
          const inSeries = figure.series![index]!;
          const single = alone.find((each) => each.id === figure.id)!;
          expect(
            [inSeries.value, inSeries.numerator, inSeries.denominator, inSeries.withheld],
            `${division} ${month} ${figure.id}`,
          ).toEqual([single.value, single.numerator, single.denominator, single.withheld]);
        }
        postedInMonths += figureValue(alone, 'needs_posted');
      }
      // The demo's year is not empty: the months hold the needs of the whole period.
      expect(postedInMonths).toBeGreaterThan(0);
      expect(postedInMonths).toBe(figureValue(withMonths, 'needs_posted'));
    }
  });
});

function figureValue(figures: readonly Figure[], id: string): number {
  return figures.find((figure) => figure.id === id)!.value ?? 0;
}
