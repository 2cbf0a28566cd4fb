import { routes } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD } from '@wushe/server/testing';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario } from './recorder.js';

/*
 * What the staff's linkage widgets' stories replay (@wushe/staff-elements): 锦绣香江社区's open
 * and organization-taken needs with the matches of each, as <wushe-need-matcher> loads them; a
 * search of the 资源清单 for the first need and a match; and a community with no needs. The demo
 * reviewer's proposals to score, as <wushe-proposal-scoring> loads them, and one scored.
 * 锦绣香江社区's projects as <wushe-project-updates> loads them, and a community with none.
 */

/** The query <wushe-project-updates division="…"> sends for a community's projects. */
export const projectsQuery = (community: string) => ({ community, limit: 50 });

/** The query <wushe-proposal-scoring> sends for the reviewer's work list. */
export const scoringQuery = { kind: 'proposals_to_score', limit: 50 } as const;

/** The queries <wushe-need-matcher division="…"> sends for a community's needs. */
export const matcherQueries = (community: string) =>
  (['open', 'claimed'] as const).map((status) => ({ community, status, limit: 20 }));

export const linkageStaffScenarios: readonly Scenario[] = [
  {
    name: 'staff-need-matches',
    description:
      '锦绣香江社区’s open needs with their matches and the needs organizations took; the 资源清单 searched for the first need and a match made; a community with no needs.',
    async run(context) {
      const staff = context.staff.requester;
      const [open] = await Promise.all(
        matcherQueries(DemoIds.community).map((query) => staff.call(routes.listNeeds, { query })),
      );
      for (const need of open!.data) {
        await staff.call(routes.listNeedMatches, { params: { id: need.id } });
      }
      const first = open!.data[0]!;
      const found = await staff.call(routes.listResources, {
        query: { community: first.communityId, limit: 20, category: first.category },
      });
      await staff.call(routes.listResources, {
        query: { community: first.communityId, limit: 20 },
      });
      const resource = found.data[0];
      if (resource) {
        await staff.call(routes.createMatch, {
          params: { id: first.id },
          body: { resourceId: resource.id },
        });
      }
      for (const query of matcherQueries(DemoIds.emptyCommunity)) {
        await staff.call(routes.listNeeds, { query });
      }
    },
  },
  {
    name: 'staff-proposal-scoring',
    description:
      'The demo reviewer (panyu.reviewer) signs in; the proposals of the open call to score with the call’s rubric; one scored.',
    async run(context) {
      const session = await context.unrecorded(() =>
        context.resident.requester.call(routes.staffSignIn, {
          body: { login: 'panyu.reviewer', password: DEMO_STAFF_PASSWORD },
        }),
      );
      const reviewer = context.as(session.session.token).requester;
      const page = await reviewer.call(routes.listStaffQueue, { query: scoringQuery });
      const callIds = [
        ...new Set(
          page.data.flatMap((item) => (item.kind === 'proposals_to_score' ? [item.callId] : [])),
        ),
      ];
      for (const id of callIds) {
        const call = await reviewer.call(routes.getCall, { params: { id } });
        const first = call.proposals[0];
        if (first) {
          await reviewer.call(routes.scoreProposal, {
            params: { id },
            body: {
              proposalId: first.id,
              scores: Object.fromEntries(
                call.rubric.map((criterion) => [criterion.id, criterion.maxScore]),
              ),
            },
          });
        }
      }
    },
  },
  {
    name: 'staff-project-updates',
    description: '锦绣香江社区’s projects with their status and quiet mark; a community with none.',
    async run(context) {
      const staff = context.staff.requester;
      await staff.call(routes.listProjects, { query: projectsQuery(DemoIds.community) });
      await staff.call(routes.listProjects, { query: projectsQuery(DemoIds.emptyCommunity) });
    },
  },
];
