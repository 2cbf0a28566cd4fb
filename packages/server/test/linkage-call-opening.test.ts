import { describe, expect, it, beforeEach } from 'vitest';
import { callVotes, proposals } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import {
  ELDERS,
  insertOrganizations,
  insertProposal,
  JINXIU,
  NANCUN,
  paths,
  staffToken,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

/* A call's opening date (SPEC §11 "dates"): before `opensAt` it takes no proposal and no vote. */

const DAY = 86_400_000;
const clock = testClock();
const h = useHarness({ now: clock.now });
beforeEach(() => clock.reset());

const RUBRIC = [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }];
const post = (key: string, path: string, body: Record<string, unknown>) =>
  h.request('POST', path, { key, body });
const after = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
async function listed(status: string): Promise<string[]> {
  const answer = await h.request('GET', `/v1/calls?status=${status}`, { key: h.keys.pk });
  return (answer.body.data as { id: string }[]).map((call) => call.id);
}

async function openCall(dates: Record<string, string>) {
  await insertOrganizations(h);
  const street = await staffToken(h, clock.now(), 'nancun.street', [
    { role: 'street_staff', scope: NANCUN },
  ]);
  return post(street.token, '/v1/calls', {
    divisionId: NANCUN,
    title: '2027 年南村镇社区微创投',
    kind: 'micro_venture',
    budgetFen: 30_000_000,
    needCategories: ['elderly_care'],
    rubric: RUBRIC,
    ...dates,
  });
}

const proposal = (key: string, callId: string) =>
  post(key, `/v1/calls/${callId}/proposals`, {
    organizationId: ELDERS,
    title: '长者助餐',
    summary: '长者助餐：面向社区居民的微创投项目。',
    communityIds: [JINXIU],
    budgetFen: 1_000_000,
  });

describe('the opening date of a call', () => {
  it('defaults to when the call is created; an opening not before the deadline is 400 at opensAt', async () => {
    const opened = await openCall({ proposalsCloseAt: after(DAY) });
    expect(opened.status).toBe(201);
    expect(opened.body.opensAt).toBe(clock.now().toISOString());

    const street = await staffToken(h, clock.now(), 'nancun.street2', [
      { role: 'street_staff', scope: NANCUN },
    ]);
    const backwards = await post(street.token, '/v1/calls', {
      divisionId: NANCUN,
      title: '开始晚于截止的征集',
      kind: 'micro_venture',
      budgetFen: 1_000_000,
      needCategories: ['elderly_care'],
      rubric: RUBRIC,
      opensAt: after(DAY),
      proposalsCloseAt: after(DAY),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('validation_failed');
    expect(paths(backwards.body.error.issues)).toEqual(['opensAt']);
    expect(await listed('open')).toEqual([opened.body.id]);
  });

  it('refuses a proposal and a vote before opensAt (409 call_not_open at id, call_not_yet_open), takes them from it on; the open list waits too', async () => {
    const opensAt = after(DAY);
    const opened = await openCall({ opensAt, proposalsCloseAt: after(3 * DAY) });
    expect(opened.status).toBe(201);
    expect(opened.body.opensAt).toBe(opensAt);
    const callId = opened.body.id as string;
    expect(await listed('open')).toEqual([]);
    expect(await listed('upcoming')).toEqual([callId]);

    const elders = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    const early = await proposal(elders.token, callId);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('call_not_open');
    expect(early.body.error.issues).toMatchObject([
      { path: ['id'], code: 'call_not_yet_open', params: { opensAt } },
    ]);
    expect(await h.db.select().from(proposals)).toHaveLength(0);

    // A proposal stored directly, so that the vote is refused for the date and nothing else.
    await insertProposal(h, callId, 'prp_earlyProposal01', clock.now());
    const vote = (respondentToken: string) =>
      post(h.keys.pk, `/v1/calls/${callId}/votes`, {
        proposalId: 'prp_earlyProposal01',
        respondentToken,
      });
    const earlyVote = await vote('household-token-0001');
    expect(earlyVote.status).toBe(409);
    expect(earlyVote.body.error.code).toBe('call_not_open');
    expect(earlyVote.body.error.issues).toMatchObject([
      { path: ['id'], code: 'call_not_yet_open' },
    ]);
    expect(await h.db.select().from(callVotes)).toHaveLength(0);

    clock.set(new Date(opensAt));
    const eldersAtOpening = await staffToken(h, clock.now(), 'elders.opening', [
      { role: 'org_member', scope: ELDERS },
    ]);
    expect((await proposal(eldersAtOpening.token, callId)).status).toBe(201);
    expect((await vote('household-token-0001')).status).toBe(201);
    clock.advance(DAY);
    expect((await vote('household-token-0002')).status).toBe(201);
    expect(await listed('open')).toEqual([callId]);
    expect(await listed('upcoming')).toEqual([]);
  });
});
