import { describe, expect, it } from 'vitest';
import { insertFund, insertNeed } from './funds-fixtures.js';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  ok,
  JINXIU,
  NANCUN,
  PANYU,
  resourceBody,
  staffToken,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const RUBRIC = [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }];

const post = (key: string, path: string, body: object) => h.request('POST', path, { key, body });
const deskOf = (key: string, organizationId: string) =>
  h.request('GET', `/v1/organizations/${organizationId}/desk`, { key });

/** The elders' team with a resource, two open needs of 锦绣香江 matched to it, and the people. */
async function setUp() {
  await insertOrganizations(h);
  const at = clock.now();
  const member = await staffToken(h, at, 'elders.member', [{ role: 'org_member', scope: ELDERS }]);
  const staff = await staffToken(h, at, 'jinxiu.staff', [
    { role: 'community_staff', scope: JINXIU },
  ]);
  const street = await staffToken(h, at, 'nancun.street', [
    { role: 'street_staff', scope: NANCUN },
  ]);
  const resource = await ok(201, post(member.token, '/v1/resources', resourceBody()));
  const service = { kind: 'service', category: 'elderly_care', valueFen: null } as const;
  const meals = await insertNeed(h, { ...service, title: '独居长者午餐没人送' });
  clock.advance(60_000);
  const visits = await insertNeed(h, { ...service, title: '长者需要上门探访' });
  const unmatched = await insertNeed(h, { ...service, title: '没有对接的需求' });
  await ok(201, post(staff.token, `/v1/needs/${meals.id}/matches`, { resourceId: resource.id }));
  clock.advance(60_000);
  await ok(201, post(staff.token, `/v1/needs/${visits.id}/matches`, { resourceId: resource.id }));
  return { member, staff, street, meals, visits, unmatched };
}

describe('GET /v1/organizations/{id}/desk: what an organization works on', () => {
  it('lists the needs matched to it, latest first, and marks the one it claimed', async () => {
    const { member, meals, visits } = await setUp();
    const before = await ok(200, deskOf(member.token, ELDERS));
    expect(before.organization).toEqual({
      id: ELDERS,
      name: '锦绣香江长者关爱服务队',
      communityId: JINXIU,
      streetId: NANCUN,
    });
    expect(before.matchedNeeds.map((entry: { need: { id: string } }) => entry.need.id)).toEqual([
      visits.id,
      meals.id,
    ]);
    expect(before.matchedNeeds[0]).toMatchObject({
      claimedByUs: false,
      need: { status: 'open', claim: null },
      matches: [{ organizationId: ELDERS, organizationName: '锦绣香江长者关爱服务队' }],
    });
    expect(before).toMatchObject({ proposals: [], projects: [] });

    await ok(
      201,
      post(member.token, `/v1/needs/${meals.id}/organization-claims`, { organizationId: ELDERS }),
    );
    const after = await ok(200, deskOf(member.token, ELDERS));
    expect(after.matchedNeeds[1]).toMatchObject({
      claimedByUs: true,
      need: {
        id: meals.id,
        status: 'claimed',
        claim: { claimantType: 'organization', claimantName: '锦绣香江长者关爱服务队' },
      },
    });
    expect(after.matchedNeeds[0].claimedByUs).toBe(false);
  });

  it('shows each proposal with its call: submitted, ranked once the call closes, approved once funded; and its projects', async () => {
    const { member, street, meals } = await setUp();
    const call = await ok(
      201,
      post(street.token, '/v1/calls', {
        divisionId: NANCUN,
        title: '南村镇社区微创投',
        kind: 'micro_venture',
        budgetFen: 10_000_000,
        proposalsCloseAt: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString(),
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
        needIds: [meals.id],
        budgetFen: 500_000,
      }),
    );
    const progressOf = async () =>
      (await ok(200, deskOf(member.token, ELDERS))).proposals as {
        progress: string;
        call: { id: string; status: string };
        proposal: { id: string; result: unknown };
      }[];
    expect(await progressOf()).toMatchObject([
      {
        progress: 'submitted',
        call: { id: call.id, status: 'open' },
        proposal: { id: proposal.id, result: null },
      },
    ]);
    await ok(200, post(street.token, `/v1/calls/${call.id}/close`, {}));
    expect(await progressOf()).toMatchObject([
      { progress: 'ranked', call: { status: 'closed' }, proposal: { result: { rank: 1 } } },
    ]);
    const fund = await insertFund(h, { raisedFen: 1_000_000 });
    const project = await ok(
      201,
      post(street.token, `/v1/calls/${call.id}/approvals`, {
        proposalId: proposal.id,
        fundId: fund.id,
      }),
    );
    const desk = await ok(200, deskOf(member.token, ELDERS));
    expect(desk.proposals[0].progress).toBe('approved');
    expect(desk.proposals[0].proposal.projectId).toBe(project.id);
    expect(desk.projects).toMatchObject([
      { id: project.id, organizationId: ELDERS, status: 'approved', needIds: [meals.id] },
    ]);
  });

  it('is read by a district admin too, and by no one outside the organization (403), another district’s (404)', async () => {
    const { member, staff } = await setUp();
    const admin = await staffToken(h, clock.now(), 'panyu.admin', [
      { role: 'district_admin', scope: PANYU },
    ]);
    expect((await deskOf(admin.token, ELDERS)).status).toBe(200);
    const choirMember = await staffToken(h, clock.now(), 'choir.member', [
      { role: 'org_member', scope: CHOIR },
    ]);
    const otherOrganization = await deskOf(choirMember.token, ELDERS);
    expect(otherOrganization.status).toBe(403);
    expect(otherOrganization.body.error.code).toBe('forbidden');
    // Community staff work the community, not the organization's desk.
    expect((await deskOf(staff.token, ELDERS)).status).toBe(403);
    expect((await deskOf(h.keys.pk, ELDERS)).status).toBe(403);
    // The choir's desk shows nothing of the elders' needs.
    expect((await ok(200, deskOf(choirMember.token, CHOIR))).matchedNeeds).toEqual([]);
    expect((await deskOf(h.keys.sk, 'org_doesNotExist01')).status).toBe(404);
    const bad = await deskOf(member.token, 'not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(['id']);
  });
});
