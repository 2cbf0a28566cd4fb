import { describe, expect, it } from 'vitest';
import { requestExamples } from '@wushe/schema/examples';
import { CONSENT, useHarness } from './harness.js';
import { insertFund } from './funds-fixtures.js';
import {
  ELDERS,
  insertOrganizations,
  ok,
  JINXIU,
  NANCUN,
  resourceBody,
  staffToken,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const RUBRIC = [
  { id: 'research', name: '需求调研', weight: 30, maxScore: 10 },
  { id: 'design', name: '项目设计', weight: 40, maxScore: 10 },
  { id: 'impact', name: '预期成效', weight: 30, maxScore: 10 },
];

const post = (key: string, path: string, body: object) => h.request('POST', path, { key, body });
const patch = (key: string, path: string, body: object) => h.request('PATCH', path, { key, body });

describe('the linkage end to end (issue "Done when")', () => {
  it('need → match → claim → call → proposal → scores and votes → close → approved, funded project → progress → completed → rated → results on the project', async () => {
    await insertOrganizations(h);
    const at = clock.now();
    const community = await staffToken(h, at, 'jinxiu.staff', [
      { role: 'community_staff', scope: JINXIU },
    ]);
    const street = await staffToken(h, at, 'nancun.street', [
      { role: 'street_staff', scope: NANCUN },
    ]);
    const member = await staffToken(h, at, 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);

    // A resident posts a need; staff publish it.
    const need = await ok(
      201,
      post(h.keys.pk, '/v1/needs', {
        communityId: JINXIU,
        kind: 'service',
        category: 'elderly_care',
        title: '独居长者午餐没人送',
        description: '楼里有好几位独居长者行动不便，中午常常吃不上热饭。',
        contact: { name: '王阿姨', mobile: '13800138000' },
        consent: CONSENT,
      }),
    );
    await ok(
      200,
      patch(community.token, `/v1/needs/${need.id}`, { status: 'open', reason: '已核实' }),
    );

    // Staff match it to the organization's resource; the organization claims it.
    const resource = await ok(201, post(member.token, '/v1/resources', resourceBody()));
    await ok(
      201,
      post(community.token, `/v1/needs/${need.id}/matches`, { resourceId: resource.id }),
    );
    await ok(
      201,
      post(member.token, `/v1/needs/${need.id}/organization-claims`, { organizationId: ELDERS }),
    );

    // The street opens a call; the organization proposes a project for the need.
    const call = await ok(
      201,
      post(street.token, '/v1/calls', {
        divisionId: NANCUN,
        title: '南村镇社区微创投',
        kind: 'micro_venture',
        budgetFen: 10_000_000,
        proposalsCloseAt: new Date(at.getTime() + 7 * 86_400_000).toISOString(),
        needCategories: ['elderly_care'],
        rubric: RUBRIC,
      }),
    );
    const proposal = await ok(
      201,
      post(member.token, `/v1/calls/${call.id}/proposals`, {
        organizationId: ELDERS,
        title: '独居长者午餐送餐',
        summary: '为锦绣香江独居长者每周送餐五次，志愿者同时上门探访。',
        communityIds: [JINXIU],
        needIds: [need.id],
        budgetFen: 500_000,
      }),
    );

    // Reviewers score, residents vote, the street closes the call and approves, funded.
    for (const login of ['reviewer.one', 'reviewer.two']) {
      const reviewer = await staffToken(h, at, login, [{ role: 'reviewer', scope: call.id }]);
      await ok(
        201,
        post(reviewer.token, `/v1/calls/${call.id}/scores`, {
          proposalId: proposal.id,
          scores: { research: 8, design: 8, impact: 9 },
        }),
      );
    }
    for (const n of [1, 2, 3]) {
      await ok(
        201,
        post(h.keys.pk, `/v1/calls/${call.id}/votes`, {
          proposalId: proposal.id,
          respondentToken: `household-000000${n}`,
        }),
      );
    }
    const closed = await ok(200, post(street.token, `/v1/calls/${call.id}/close`, {}));
    expect(closed.proposals[0].result).toMatchObject({ rank: 1, votes: 3 });
    const fund = await insertFund(h, { raisedFen: 1_000_000 });
    const project = await ok(
      201,
      post(street.token, `/v1/calls/${call.id}/approvals`, {
        proposalId: proposal.id,
        fundId: fund.id,
      }),
    );
    expect(project).toMatchObject({ needIds: [need.id], status: 'approved', fundId: fund.id });
    await ok(
      201,
      post(street.token, `/v1/funds/${fund.id}/disbursements`, {
        amountFen: 200_000,
        purpose: '送餐保温箱与食材',
        recipient: '锦绣香江长者关爱服务队',
        projectId: project.id,
      }),
    );

    // It starts, reports progress on the portal, and completes.
    await ok(200, patch(community.token, `/v1/projects/${project.id}`, { status: 'in_progress' }));
    await ok(
      201,
      post(member.token, `/v1/projects/${project.id}/updates`, {
        body: '首月为 12 位长者送餐 260 份。',
      }),
    );
    const running = await ok(200, h.request('GET', `/v1/projects/${project.id}`));
    expect(running).toMatchObject({
      status: 'in_progress',
      money: { raisedFen: 1_000_000, usedFen: 200_000 },
      updates: [{ body: '首月为 12 位长者送餐 260 份。', reportedBy: 'organization' }],
    });
    const refused = await patch(community.token, `/v1/projects/${project.id}`, {
      status: 'proposed',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('invalid_status_transition');
    await ok(200, patch(community.token, `/v1/projects/${project.id}`, { status: 'completed' }));

    // Residents rate it (一事一评); its results show from the project.
    const survey = await ok(
      201,
      post(community.token, '/v1/surveys', requestExamples.createSurvey),
    );
    for (let n = 0; n < 10; n++) {
      await ok(
        201,
        post(h.keys.pk, `/v1/surveys/${survey.id}/responses`, {
          respondentToken: `resident-token-${String(n).padStart(4, '0')}`,
          subjectId: project.id,
          answers: [{ questionId: 'overall', value: n < 8 ? 5 : 3 }],
        }),
      );
    }
    const done = await ok(200, h.request('GET', `/v1/projects/${project.id}`));
    expect(done.status).toBe('completed');
    const results = await ok(200, h.request('GET', done.satisfaction.resultsPath));
    expect(results.n).toBe(10);
  });
});
