import { routes } from '@wushe/schema';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/*
 * What <wushe-resources> and <wushe-projects> ask, for their stories: 锦绣香江社区's 资源清单
 * (filtered, searched, paged, and a search that finds nothing), its projects with each project's
 * page, 南村镇's calls, and a household's vote — recorded once (201) and once refused (409).
 */

/** Respondent tokens of the recorded votes: the second is a household that voted before. */
const VOTER = 'recordedVoter000000000001';
const REPEAT_VOTER = 'recordedVoter000000000002';

const listResources = (context: ScenarioContext, query: Record<string, unknown>) =>
  context.resident.requester.call(routes.listResources, { query });

/** The list, the calls of its street and district with their proposals, each project's page. */
async function projectsPage(context: ScenarioContext, withDetails: boolean) {
  const { requester } = context.resident;
  const page = await requester.call(routes.listProjects, {
    query: { community: DemoIds.community, limit: 20 },
  });
  for (const status of ['open', 'closed'] as const) {
    for (const division of [DemoIds.street, DemoIds.district]) {
      const calls = await requester.call(routes.listCalls, { query: { division, status } });
      for (const call of calls.data) {
        await requester.call(routes.getCall, { params: { id: call.id } });
      }
    }
  }
  if (!withDetails) return;
  for (const project of page.data) {
    const detail = await requester.call(routes.getProject, { params: { id: project.id } });
    if (!detail.satisfaction) continue;
    const { surveyId } = detail.satisfaction;
    await requester.call(routes.getSurvey, { params: { id: surveyId } });
    await requester.call(routes.getSurveyResults, {
      params: { id: surveyId },
      query: { subject: project.id },
    });
  }
}

const vote = (context: ScenarioContext, respondentToken: string) =>
  context.resident.requester
    .call(routes.voteInCall, {
      params: { id: DemoIds.openCall },
      body: { proposalId: DemoIds.openCallProposal, respondentToken },
    })
    .catch(() => undefined);

export const linkageScenarios: readonly Scenario[] = [
  {
    name: 'resources',
    description:
      '锦绣香江社区’s 资源清单 as <wushe-resources> loads it: filtered by category and target group, searched, paged by 2, a search that finds nothing, and 南村镇’s.',
    async run(context) {
      const community = { community: DemoIds.community, limit: 20 };
      await listResources(context, community);
      for (const filter of [
        { category: 'elderly_care' },
        { group: 'children' },
        { q: '托管' },
        { q: '不存在的服务' },
      ]) {
        await listResources(context, { ...community, ...filter });
      }
      const first = await listResources(context, { ...community, limit: 2 });
      if (first.nextCursor) {
        await listResources(context, { ...community, limit: 2, cursor: first.nextCursor });
      }
      await listResources(context, { street: DemoIds.street, limit: 20 });
    },
  },
  {
    name: 'projects',
    description:
      '锦绣香江社区’s projects with each one’s page (and a completed one’s satisfaction results), 南村镇’s open and closed calls, and a household’s vote in the open call.',
    async run(context) {
      await projectsPage(context, true);
      const { requester } = context.resident;
      for (const filter of [{ kind: 'micro_venture' }, { status: 'rejected' }] as const) {
        await requester.call(routes.listProjects, {
          query: { community: DemoIds.community, limit: 20, ...filter },
        });
      }
      await requester
        .call(routes.getProject, { params: { id: 'prj_doesNotExist' } })
        .catch(() => undefined);
      await vote(context, VOTER);
    },
  },
  {
    name: 'projects-vote-refused',
    description:
      'A household that voted before votes again in the open call: 409 already_voted, and nothing is counted.',
    async run(context) {
      await context.unrecorded(() => vote(context, REPEAT_VOTER));
      await projectsPage(context, false);
      await vote(context, REPEAT_VOTER);
    },
  },
];
