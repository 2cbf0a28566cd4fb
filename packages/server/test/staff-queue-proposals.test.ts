import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  JINXIU,
  NANCUN,
  staffToken,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const RUBRIC = [
  { id: 'design', name: '项目设计', weight: 60, maxScore: 10 },
  { id: 'impact', name: '预期成效', weight: 40, maxScore: 5 },
];

const post = (key: string, path: string, body: Record<string, unknown>) =>
  h.request('POST', path, { key, body });
const queue = (key: string) => h.request('GET', '/v1/staff/queue?kind=proposals_to_score', { key });

/** Who opens calls in 南村镇 and who proposes to them: one token each, signed in once. */
async function people() {
  await insertOrganizations(h);
  const street = await staffToken(h, clock.now(), 'nancun.street', [
    { role: 'street_staff', scope: NANCUN },
  ]);
  const members = {
    [ELDERS]: await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]),
    [CHOIR]: await staffToken(h, clock.now(), 'choir.member', [
      { role: 'org_member', scope: CHOIR },
    ]),
  };
  return { street, members };
}

/** A call of 南村镇 with a proposal of each organization, opened by the street's staff. */
async function callWithProposals(who: Awaited<ReturnType<typeof people>>, title: string) {
  const opened = await post(who.street.token, '/v1/calls', {
    divisionId: NANCUN,
    title,
    kind: 'micro_venture',
    budgetFen: 10_000_000,
    proposalsCloseAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
    needCategories: ['elderly_care'],
    rubric: RUBRIC,
  });
  const callId = opened.body.id as string;
  const ids: string[] = [];
  for (const [organizationId, community] of [
    [ELDERS, JINXIU],
    [CHOIR, XIANFENG],
  ] as const) {
    clock.advance(60_000);
    const made = await post(who.members[organizationId].token, `/v1/calls/${callId}/proposals`, {
      organizationId,
      title: `${title} 提案 ${ids.length + 1}`,
      summary: '面向社区长者的微创投项目，每周两次活动。',
      communityIds: [community],
      budgetFen: 1_000_000,
    });
    expect(made.status).toBe(201);
    ids.push(made.body.id as string);
  }
  return { callId, ids };
}

describe('GET /v1/staff/queue?kind=proposals_to_score', () => {
  it('lists, oldest first, the proposals of the reviewer’s own open calls not yet scored by them, and counts them', async () => {
    const who = await people();
    const mine = await callWithProposals(who, '南村镇长者微创投');
    const other = await callWithProposals(who, '南村镇儿童微创投项目');
    const reviewer = await staffToken(h, clock.now(), 'reviewer.one', [
      { role: 'reviewer', scope: mine.callId },
    ]);
    const colleague = await staffToken(h, clock.now(), 'reviewer.two', [
      { role: 'reviewer', scope: mine.callId },
    ]);
    const first = await queue(reviewer.token);
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual([
      expect.objectContaining({
        kind: 'proposals_to_score',
        id: mine.ids[0],
        callId: mine.callId,
        callTitle: '南村镇长者微创投',
        organizationName: '锦绣香江长者关爱服务队',
      }),
      expect.objectContaining({ id: mine.ids[1], organizationName: '先锋社区星光合唱团' }),
    ]);
    expect(first.body.counts.proposals_to_score).toBe(2);
    expect(first.body.data.map((item: { id: string }) => item.id)).not.toContain(other.ids[0]);

    // Scored by this reviewer: it leaves their list, not their colleague's.
    const scored = await post(reviewer.token, `/v1/calls/${mine.callId}/scores`, {
      proposalId: mine.ids[0],
      scores: { design: 8, impact: 4 },
    });
    expect(scored.status).toBe(201);
    const after = await queue(reviewer.token);
    expect(after.body.data.map((item: { id: string }) => item.id)).toEqual([mine.ids[1]]);
    expect(after.body.counts.proposals_to_score).toBe(1);
    expect((await queue(colleague.token)).body.counts.proposals_to_score).toBe(2);

    // A closed call waits for no score; staff who are no reviewer have nothing to score.
    expect((await post(who.street.token, `/v1/calls/${mine.callId}/close`, {})).status).toBe(200);
    const closed = await queue(reviewer.token);
    expect(closed.body.data).toEqual([]);
    expect(closed.body.counts.proposals_to_score).toBe(0);
    expect((await queue(who.street.token)).body.counts.proposals_to_score).toBe(0);
  });
});
