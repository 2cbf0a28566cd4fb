import { routes, type Need, type Page } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';
import { givingScenarios } from './scenarios-giving.js';
import { surveyScenarios } from './scenarios-surveys.js';
import { staffScenarios } from './scenarios-staff.js';
import { deskScenarios } from './scenarios-desk.js';
import { followUpScenarios } from './scenarios-follow-ups.js';
import { editorScenarios } from './scenarios-editors.js';
import { volunteerScenarios } from './scenarios-volunteers.js';
import { linkageScenarios } from './scenarios-linkage.js';
import { programScenarios } from './scenarios-programs.js';
import { pointsScenarios } from './scenarios-points.js';
import { indicatorScenarios } from './scenarios-indicators.js';
import { residentScenarios } from './scenarios-residents.js';
import { myListsScenarios } from './scenarios-my-lists.js';
import { linkageStaffScenarios } from './scenarios-linkage-staff.js';
import { callDeskScenarios } from './scenarios-call-desk.js';
import { organizationDeskScenarios } from './scenarios-organization-desk.js';

/*
 * What the stories and component tests replay: each scenario asks the real server what a widget
 * asks (the same routes and queries) and does what a resident or staff member does. Scenarios run
 * in this order on one database, so a later one sees the writes of earlier ones.
 */

const listNeeds = (context: ScenarioContext, query: Record<string, unknown>) =>
  context.resident.requester.call(routes.listNeeds, { query });

const firstOpen = (page: Page<Need>) => {
  const need = page.data.find((each) => each.status === 'open');
  if (!need) throw new Error('recording: no open need to claim');
  return need;
};

const claim = (context: ScenarioContext, id: string) =>
  context.resident.requester
    .call(routes.claimNeed, { params: { id }, body: requestExamples.claimNeed })
    .catch(() => undefined);

/** Posts `count` needs in `community` and opens them, as a resident and staff would. */
async function postNeeds(context: ScenarioContext, community: string, count: number) {
  for (let i = 1; i <= count; i++) {
    const body = {
      ...requestExamples.createNeed,
      communityId: community,
      title: `社区需求第 ${i} 条：为长者添置生活用品`,
    };
    const need = await context.resident.requester.call(routes.createNeed, { body });
    await context.staff.requester.call(routes.updateNeed, {
      params: { id: need.id },
      body: { status: 'open' },
    });
  }
}

export const scenarios: readonly Scenario[] = [
  {
    name: 'needs-list',
    description:
      '锦绣香江社区’s needs as <wushe-needs-list> loads them (and filtered); a resident reports the first and claims the first open one.',
    async run(context) {
      const community = { community: DemoIds.community, limit: 20 };
      const page = await listNeeds(context, community);
      const filters = [
        { kind: 'service', category: 'elderly_care', status: 'open' },
        { category: 'elderly_care' },
        { kind: 'wish', category: 'elderly_care' },
        { kind: 'wish', category: 'elderly_care', q: '不存在的词语' },
      ];
      for (const filter of filters) await listNeeds(context, { ...community, ...filter });
      const first = page.data[0]!;
      await context.resident.requester.call(routes.reportNeed, {
        params: { id: first.id },
        body: { reason: 'offensive', reporterToken: 'rt_recorded0000000001' },
      });
      const need = firstOpen(page);
      await claim(context, need.id);
      await context.resident.requester.call(routes.getNeed, { params: { id: need.id } });
    },
  },
  {
    name: 'needs-conflict',
    description:
      'The list, then someone else claims the first open need just before the resident: 409 need_already_claimed.',
    async run(context) {
      const page = await listNeeds(context, { community: DemoIds.community, limit: 20 });
      const need = firstOpen(page);
      await context.unrecorded(() => claim(context, need.id));
      await claim(context, need.id);
      await context.resident.requester.call(routes.getNeed, { params: { id: need.id } });
    },
  },
  {
    name: 'needs-empty',
    description: 'A community with no needs: an empty first page.',
    async run(context) {
      const page = await listNeeds(context, { community: DemoIds.emptyCommunity, limit: 20 });
      if (page.data.length > 0) throw new Error('recording: the empty community has needs');
    },
  },
  {
    name: 'needs-many',
    description: `${DemoIds.manyNeedsCount} needs in one community: pages of 20 and of 100, and a filter.`,
    async run(context) {
      await context.unrecorded(() =>
        postNeeds(context, DemoIds.manyCommunity, DemoIds.manyNeedsCount),
      );
      const community = DemoIds.manyCommunity;
      for (const [limit, pages] of [
        [20, 4],
        [100, 5],
      ] as const) {
        let cursor: string | null = null;
        for (let i = 0; i < pages; i++) {
          const query: Record<string, unknown> = { community, limit };
          if (cursor) query.cursor = cursor;
          cursor = (await listNeeds(context, query)).nextCursor;
        }
      }
      await listNeeds(context, { community, limit: 20, category: 'elderly_care' });
    },
  },
  ...volunteerScenarios,
  ...surveyScenarios,
  ...givingScenarios,
  ...staffScenarios,
  ...deskScenarios,
  ...followUpScenarios,
  ...editorScenarios,
  ...linkageScenarios,
  ...programScenarios,
  ...pointsScenarios,
  ...indicatorScenarios,
  ...residentScenarios,
  ...linkageStaffScenarios,
  ...callDeskScenarios,
  ...myListsScenarios,
  ...organizationDeskScenarios,
];
