import { describe, expect, it } from 'vitest';
import {
  accessTable,
  IndicatorsQuery,
  indicatorsCsv,
  routes,
  scoreFor,
  socialOrgsTarget,
  targetReached,
  validate,
  type IndicatorsReport,
} from '../src/index.js';

describe('the linkage index rules', () => {
  it('maps the share of a target reached to 1–5 at quarters', () => {
    expect([0, 0.24, 0.25, 0.49, 0.5, 0.74, 0.75, 0.99, 1, 1.5].map(scoreFor)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('reads at-least targets as value ÷ target and at-most ones by the excess', () => {
    const atLeast = { value: 10, comparison: 'at_least', source: 's' } as const;
    expect(targetReached(3, atLeast)).toBe(0.3);
    expect(targetReached(12, atLeast)).toBe(1);
    const none = { value: 0, comparison: 'at_most', source: 's' } as const;
    expect(targetReached(0, none, 8)).toBe(1);
    expect(targetReached(2, none, 8)).toBe(0.75);
  });

  it('averages the 民政部 target over urban communities (10) and rural villages (5)', () => {
    expect(socialOrgsTarget(1, 1)?.value).toBe(7.5);
    expect(socialOrgsTarget(2, 1)?.value).toBe(8.33);
    expect(socialOrgsTarget(0, 0)).toBeNull();
  });

  it('writes CSV with a BOM, CRLF and quoted cells where needed', () => {
    const report: IndicatorsReport = {
      division: '440113',
      from: '2026-01-01',
      to: '2026-12-31',
      calendarKnown: false,
      computedAt: '2026-12-06T01:00:00.000Z',
      divisions: [
        {
          code: '440113',
          name: '番禺区, "test"',
          level: 'district',
          parentCode: null,
          kind: null,
          population: null,
          indicators: [
            {
              id: 'funds_disclosed',
              society: 'charity',
              unit: 'percent',
              available: true,
              value: 50,
              numerator: 1,
              denominator: 2,
              target: { value: 100, comparison: 'at_least', source: '慈善法 Art. 25' },
              score: 3,
            },
          ],
        },
      ],
    };
    expect(indicatorsCsv(report).split('\r\n')[1]).toBe(
      '440113,"番禺区, ""test""",district,,charity,funds_disclosed,percent,true,50,1,2,,,,,100,at_least,慈善法 Art. 25,3,2026-01-01,2026-12-31,2026-12-06T01:00:00.000Z',
    );
  });

  it('refuses a period that ends before it starts, naming `from`', () => {
    const result = validate(IndicatorsQuery, {
      division: '440113',
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(result.success).toBe(false);
    expect(!result.success && result.issues[0]?.path).toEqual(['from']);
  });

  it('shows in the access table that any key reads the index where the district made it public', () => {
    expect(accessTable(routes)).toContainEqual(
      expect.objectContaining({
        path: '/v1/indicators',
        auth: 'publishable',
        scope: 'query.division → division; any key when settings.publicIndicators',
      }),
    );
  });
});
