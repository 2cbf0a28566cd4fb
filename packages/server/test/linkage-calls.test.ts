import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, callVotes, proposals, proposalScores } from '../src/db/tables/index.js';
import { insertFund } from './funds-fixtures.js';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  JINXIU,
  NANCUN,
  paths,
  staffToken,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const DAY = 86_400_000;
const clock = testClock();
const h = useHarness({ now: clock.now });

const RUBRIC = [
  { id: 'research', name: '需求调研', weight: 30, maxScore: 10 },
  { id: 'design', name: '项目设计', weight: 40, maxScore: 10 },
  { id: 'impact', name: '预期成效', weight: 30, maxScore: 10 },
];

const post = (key: string, path: string, body: Record<string, unknown>) =>
  h.request('POST', path, { key, body });
const token = (n: number) => `household-token-${String(n).padStart(4, '0')}`;

async function openCall() {
  await insertOrganizations(h);
  const street = await staffToken(h, clock.now(), 'nancun.street', [
    { role: 'street_staff', scope: NANCUN },
  ]);
  const opened = await post(street.token, '/v1/calls', {
    divisionId: NANCUN,
    title: '2027 年南村镇社区微创投',
    kind: 'micro_venture',
    budgetFen: 30_000_000,
    proposalsCloseAt: new Date(clock.now().getTime() + DAY).toISOString(),
    needCategories: ['elderly_care', 'child_welfare'],
    rubric: RUBRIC,
  });
  expect(opened.status).toBe(201);
  expect(opened.body.weights).toEqual({ reviewers: 70, votes: 30 });
  const callId = opened.body.id as string;
  const elders = await staffToken(h, clock.now(), 'elders.member', [
    { role: 'org_member', scope: ELDERS },
  ]);
  const choir = await staffToken(h, clock.now(), 'choir.member', [
    { role: 'org_member', scope: CHOIR },
  ]);
  const propose = async (key: string, organizationId: string, title: string, community: string) => {
    clock.advance(60_000);
    const made = await post(key, `/v1/calls/${callId}/proposals`, {
      organizationId,
      title,
      summary: `${title}：面向社区居民的微创投项目。`,
      communityIds: [community],
      budgetFen: 1_000_000,
    });
    expect(made.status).toBe(201);
    return made.body.id as string;
  };
  const a = await propose(elders.token, ELDERS, '长者助餐', JINXIU);
  const b = await propose(choir.token, CHOIR, '合唱进社区', XIANFENG);
  const c = await propose(elders.token, ELDERS, '长者智能手机课堂', JINXIU);
  const reviewers = [
    await staffToken(h, clock.now(), 'reviewer.one', [{ role: 'reviewer', scope: callId }]),
    await staffToken(h, clock.now(), 'reviewer.two', [{ role: 'reviewer', scope: callId }]),
  ];
  return { street, elders, callId, a, b, c, reviewers };
}

const score = (key: string, callId: string, proposalId: string, s: number[]) =>
  post(key, `/v1/calls/${callId}/scores`, {
    proposalId,
    scores: { research: s[0], design: s[1], impact: s[2] },
  });

describe('calls (公益创投 / 微创投征集)', () => {
  it('ranks by 70% reviewers’ mean normalized score and 30% vote share: the worked example', async () => {
    const { street, callId, a, b, c, reviewers } = await openCall();
    const [one, two] = reviewers;
    // Normalized: Σ weight × score / 10 ÷ 100.
    await score(one!.token, callId, a, [8, 7, 6]); // 0.70
    await score(two!.token, callId, a, [6, 7, 8]); // 0.70 → mean 0.70
    await score(one!.token, callId, b, [9, 9, 9]); // 0.90
    await score(two!.token, callId, b, [7, 7, 7]); // 0.70 → mean 0.80
    await score(one!.token, callId, c, [5, 6, 5]); // 0.54
    const last = await score(two!.token, callId, c, [6, 5, 6]); // 0.56 → mean 0.55
    expect(last.body.normalized).toBeCloseTo(0.56, 12);
    // Votes: A 2, B 0, C 8 of 10 → shares 0.2, 0, 0.8.
    for (let n = 0; n < 10; n++) {
      const vote = await post(h.keys.pk, `/v1/calls/${callId}/votes`, {
        proposalId: n < 2 ? a : c,
        respondentToken: token(n),
      });
      expect(vote.status).toBe(201);
    }
    // Counts stay hidden while the call is open.
    const during = await h.request('GET', `/v1/calls/${callId}`);
    expect(during.body.proposals.map((p: { result: unknown }) => p.result)).toEqual([
      null,
      null,
      null,
    ]);

    const closed = await post(street.token, `/v1/calls/${callId}/close`, {});
    expect(closed.status).toBe(200);
    // A = 0.7×0.70 + 0.3×0.2 = 0.55; B = 0.7×0.80 + 0.3×0 = 0.56; C = 0.7×0.55 + 0.3×0.8 = 0.625.
    const ranking = closed.body.proposals.map(
      (p: { id: string; result: { rank: number; votes: number; blendedScore: number } }) => [
        p.id,
        p.result.rank,
        p.result.votes,
        Number(p.result.blendedScore.toFixed(6)),
      ],
    );
    expect(ranking).toEqual([
      [c, 1, 8, 0.625],
      [b, 2, 0, 0.56],
      [a, 3, 2, 0.55],
    ]);
    expect((await h.request('GET', `/v1/calls/${callId}`)).body.proposals[0].result.rank).toBe(1);

    // Approving the winner makes it a funded project of the call's kind.
    const fund = await insertFund(h, { raisedFen: 2_000_000 });
    const approved = await post(street.token, `/v1/calls/${callId}/approvals`, {
      proposalId: c,
      fundId: fund.id,
    });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({
      title: '长者智能手机课堂',
      kind: 'micro_venture',
      organizationId: ELDERS,
      communityIds: [JINXIU],
      fundId: fund.id,
      status: 'approved',
    });
    const [row] = await h.db.select().from(proposals).where(eq(proposals.id, c));
    expect(row!.projectId).toBe(approved.body.id);
    const actions = (await h.db.select().from(auditLog)).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'call.open',
        'call.propose',
        'call.score',
        'call.close',
        'call.approve',
      ]),
    );
  });

  it('a vote with a reused token is 409 already_voted at respondentToken; concurrent duplicates count once; a missing token is 400', async () => {
    const { callId, a, b } = await openCall();
    const vote = (proposalId: string, respondentToken?: string) =>
      post(h.keys.pk, `/v1/calls/${callId}/votes`, {
        proposalId,
        ...(respondentToken ? { respondentToken } : {}),
      });
    expect((await vote(a, token(1))).status).toBe(201);
    const again = await vote(b, token(1));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_voted');
    expect(paths(again.body.error.issues)).toEqual(['respondentToken']);

    const racing = await Promise.all([1, 2, 3, 4, 5].map(() => vote(b, token(2))));
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);

    const missing = await vote(a);
    expect(missing.status).toBe(400);
    expect(paths(missing.body.error.issues)).toEqual(['respondentToken']);
    expect(await h.db.select().from(callVotes)).toHaveLength(2);
  });

  it('a score outside the rubric is 400 score_out_of_range at scores.{criterion}; only the call’s reviewers score', async () => {
    const { elders, callId, a, reviewers } = await openCall();
    const refused = await post(reviewers[0]!.token, `/v1/calls/${callId}/scores`, {
      proposalId: a,
      scores: { research: 11, design: -1, extra: 3 },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('score_out_of_range');
    expect(paths(refused.body.error.issues)).toEqual([
      'scores.research',
      'scores.design',
      'scores.impact',
      'scores.extra',
    ]);
    expect((await score(elders.token, callId, a, [5, 5, 5])).status).toBe(403);
    const otherCall = await staffToken(h, clock.now(), 'reviewer.other', [
      { role: 'reviewer', scope: 'call_someOtherCall1' },
    ]);
    expect((await score(otherCall.token, callId, a, [5, 5, 5])).status).toBe(403);
    expect(await h.db.select().from(proposalScores)).toEqual([]);
  });

  it('a proposal after the deadline is 409 proposal_deadline_passed at id; votes and a second close after closing are 409 call_not_open at id; approval waits for closing', async () => {
    const { street, callId, a } = await openCall();
    const early = await post(street.token, `/v1/calls/${callId}/approvals`, { proposalId: a });
    expect(early.body.error.code).toBe('call_not_closed');

    clock.advance(2 * DAY);
    const late = await staffToken(h, clock.now(), 'elders.late', [
      { role: 'org_member', scope: ELDERS },
    ]);
    const refused = await post(late.token, `/v1/calls/${callId}/proposals`, {
      organizationId: ELDERS,
      title: '迟到的申报',
      summary: '截止之后才提交的项目申报书。',
      communityIds: [JINXIU],
      budgetFen: 500_000,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('proposal_deadline_passed');
    expect(paths(refused.body.error.issues)).toEqual(['id']);
    expect(await h.db.select().from(proposals)).toHaveLength(3);

    const streetAgain = await staffToken(h, clock.now(), 'nancun.street2', [
      { role: 'street_staff', scope: NANCUN },
    ]);
    expect((await post(streetAgain.token, `/v1/calls/${callId}/close`, {})).status).toBe(200);
    const vote = await post(h.keys.pk, `/v1/calls/${callId}/votes`, {
      proposalId: a,
      respondentToken: token(9),
    });
    expect(vote.body.error.code).toBe('call_not_open');
    expect(paths(vote.body.error.issues)).toEqual(['id']);
    const closeAgain = await post(streetAgain.token, `/v1/calls/${callId}/close`, {});
    expect(closeAgain.status).toBe(409);
    expect(closeAgain.body.error.code).toBe('call_not_open');
    expect(paths(closeAgain.body.error.issues)).toEqual(['id']);
  });
});
