import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import { ConflictError, createClient, PermissionError } from '../src/index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: 'demo', staff: true });
});
afterAll(() => server.close());

const JINXIU = '440113104001';

const clientOf = (auth: { publishableKey?: string; staffToken?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, ...auth });

async function staffClient(login: string) {
  const signedIn = await clientOf({}).staff.signIn({ login, password: DEMO_STAFF_PASSWORD });
  return clientOf({ staffToken: signedIn.session.token });
}

describe('resources, matching and projects through the SDK', () => {
  it('lists and searches the 资源清单; an org member publishes; staff match a need; the organization claims it', async () => {
    const resident = clientOf({ publishableKey: server.keys.publishable });
    const listed = await resident.resources.list({ community: JINXIU });
    expect(listed.data.map((resource) => resource.organizationName)).toContain('锦绣香江长者会');
    const searched = await resident.resources.list({ q: '托管' });
    expect(searched.data.map((resource) => resource.id)).toEqual(['res_pyHomeworkClub']);

    const elders = await staffClient('jinxiu.elders');
    const published = await elders.resources.create({
      organizationId: 'org_jxElders',
      title: '长者健步走兴趣小组',
      description: '每周两次带领长者在社区公园健步走，配合血压测量。',
      category: 'culture_sports',
      targetGroups: ['elders'],
      communityIds: [JINXIU],
      schedule: '每周二、五 7:30–8:30',
      contact: { name: '锦绣香江长者会', phone: '020-8478 1234' },
    });
    expect((await resident.resources.get({ id: published.id })).title).toBe('长者健步走兴趣小组');

    const open = await resident.needs.list({ community: JINXIU, status: 'open' });
    const need = open.data[0]!;
    const staff = await staffClient('jinxiu.staff');
    const match = await staff.linkage.match({ id: need.id, resourceId: published.id });
    expect(match.organizationName).toBe('锦绣香江长者会');
    const claim = await elders.linkage.claimAsOrganization({
      id: need.id,
      organizationId: 'org_jxElders',
    });
    expect(claim.claimantName).toBe('锦绣香江长者会');
    expect((await resident.needs.get({ id: need.id })).claim?.claimantType).toBe('organization');
  });

  it('shows projects with progress; members post updates; a quiet project is not paid', async () => {
    const resident = clientOf({ publishableKey: server.keys.publishable });
    const quiet = await resident.projects.list({ status: 'in_progress' });
    expect(quiet.data.find((project) => project.quiet)?.id).toBe('prj_ncQuietCanteen');

    const elders = await staffClient('jinxiu.elders');
    const update = await elders.projects.postUpdate({
      id: 'prj_jxSmartElderCare',
      body: '第二批 15 位长者完成智能设备培训。',
    });
    expect(update.reportedBy).toBe('organization');
    const page = await resident.projects.get({ id: 'prj_jxSmartElderCare' });
    expect(page.updates[0]?.body).toBe('第二批 15 位长者完成智能设备培训。');
    await expect(
      elders.projects.postUpdate({ id: 'prj_Wd5Ha2Jr7N', body: '不是本组织的项目' }),
    ).rejects.toMatchObject({ code: 'not_project_member' });
    await expect(
      elders.projects.postUpdate({ id: 'prj_Wd5Ha2Jr7N', body: '不是本组织的项目' }),
    ).rejects.toBeInstanceOf(PermissionError);

    const street = await staffClient('nancun.staff');
    await expect(
      street.staffFunds.disburse({
        id: 'fund_Nc4Ps8Yd2M',
        amountFen: 10_000,
        purpose: '送餐保温箱',
        recipient: '南村长者饭堂',
        projectId: 'prj_ncQuietCanteen',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('votes once per household in the open call; the reviewer scores; the closed call shows its ranking', async () => {
    const resident = clientOf({ publishableKey: server.keys.publishable });
    const open = await resident.calls.get({ id: 'call_pyMicroVenture2026' });
    const proposalId = open.proposals[0]!.id;
    const vote = { id: open.id, proposalId, respondentToken: 'sdk-household-0001' };
    expect((await resident.calls.vote(vote)).proposalId).toBe(proposalId);
    await expect(resident.calls.vote(vote)).rejects.toMatchObject({ code: 'already_voted' });

    const reviewer = await staffClient('panyu.reviewer');
    const scored = await reviewer.calls.score({
      id: open.id,
      proposalId,
      scores: { research: 8, design: 7, impact: 6 },
    });
    expect(scored.normalized).toBeCloseTo(0.7, 12);
    await expect(
      reviewer.calls.score({
        id: open.id,
        proposalId,
        scores: { research: 11, design: 7, impact: 6 },
      }),
    ).rejects.toMatchObject({ code: 'score_out_of_range' });

    const closed = await resident.calls.list({ status: 'closed' });
    const ranked = await resident.calls.get({ id: closed.data[0]!.id });
    expect(ranked.proposals.map((proposal) => proposal.result?.rank)).toEqual([1, 2, 3]);
  });
});
