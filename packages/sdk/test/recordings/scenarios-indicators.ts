import { routes } from '@wushe/schema';
import type { Scenario, ScenarioContext } from './recorder.js';

/*
 * What <wushe-linkage-index>' stories and tests replay: 番禺's linkage index with its months, as
 * a portal reads it with its publishable key, drilled down to a street and a community; a year
 * with no data (and no holiday calendar entered); and the index before the district made it public.
 */

/** The divisions the widget drills through: 番禺区 → 南村镇 → 锦绣香江社区. */
export const LINKAGE_INDEX_DIVISIONS = ['440113', '440113104', '440113104001'] as const;
/** A period before the demo's data, whose year has no holiday calendar. */
export const LINKAGE_INDEX_EMPTY_PERIOD = { from: '2020-01-01', to: '2020-12-31' } as const;

const setPublic = (context: ScenarioContext, publicIndicators: boolean) =>
  context.unrecorded(() =>
    context.staff.requester.call(routes.updateSettings, { body: { publicIndicators } }),
  );

export const indicatorScenarios: readonly Scenario[] = [
  {
    name: 'linkage-index-not-public',
    description:
      'The index read with a publishable key before the district made it public: 403 indicators_not_public.',
    async run(context) {
      await context.resident.requester
        .call(routes.getIndicators, { query: { division: '440113', series: 'monthly' } })
        .catch(() => undefined);
    },
  },
  {
    name: 'linkage-index',
    description:
      '番禺区’s linkage index with its months, then 南村镇’s and 锦绣香江社区’s (the drill-down), then 锦绣香江社区 in 2020 (no data, no calendar).',
    async run(context) {
      await setPublic(context, true);
      for (const division of LINKAGE_INDEX_DIVISIONS) {
        await context.resident.requester.call(routes.getIndicators, {
          query: { division, series: 'monthly' },
        });
      }
      await context.resident.requester.call(routes.getIndicators, {
        query: { division: '440113104001', ...LINKAGE_INDEX_EMPTY_PERIOD, series: 'monthly' },
      });
      await setPublic(context, false);
    },
  },
];
