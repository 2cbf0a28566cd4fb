import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { callVotes, calls } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { insertOrganizations, insertProposal, NANCUN, staffToken } from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';
import { statementsDuring } from './statements-fixtures.js';

/**
 * A household's keyed vote (一户一票) is one statement from the cached call: the call's own rule
 * (`ensureCallOpen`) judges it at each vote's time, and a call changed after it was cached, a
 * second vote of one household or a proposal of another call are answered as the transaction
 * path answers them.
 */

const DAY = 86_400_000;
const clock = testClock();
const h = useHarness({ now: clock.now });
beforeEach(() => clock.reset());

const PROPOSAL = 'prp_voteOneStmt001';
let keys = 0;

/** A call of 南村镇 opening at `opensAt` (now by default) with one proposal stored directly. */
async function openCall(opensAt = clock.now()): Promise<string> {
  await insertOrganizations(h);
  const street = await staffToken(h, clock.now(), 'nancun.votes', [
    { role: 'street_staff', scope: NANCUN },
  ]);
  const opened = await h.request('POST', '/v1/calls', {
    key: street.token,
    body: {
      divisionId: NANCUN,
      title: '2027 年南村镇社区微创投',
      kind: 'micro_venture',
      budgetFen: 30_000_000,
      needCategories: ['elderly_care'],
      rubric: [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }],
      opensAt: opensAt.toISOString(),
      proposalsCloseAt: new Date(opensAt.getTime() + 7 * DAY).toISOString(),
    },
  });
  expect(opened.status).toBe(201);
  const callId = opened.body.id as string;
  await insertProposal(h, callId, PROPOSAL, clock.now());
  return callId;
}

/** As `<wushe-projects>` votes: with an Idempotency-Key (the one-statement path needs one). */
const vote = (callId: string, respondentToken: string, proposalId = PROPOSAL) =>
  h.request('POST', `/v1/calls/${callId}/votes`, {
    key: h.keys.pk,
    body: { proposalId, respondentToken },
    headers: { 'Idempotency-Key': `vote-one-statement-${++keys}` },
  });

const votesOf = (callId: string) =>
  h.db.select().from(callVotes).where(eq(callVotes.callId, callId));

describe('POST /v1/calls/{id}/votes from the cached call', () => {
  it('is one statement once the call is cached, storing and answering what the transaction path does', async () => {
    const callId = await openCall();
    const first = await vote(callId, 'household-token-0001');
    expect(first.status).toBe(201);
    let second: Awaited<ReturnType<typeof vote>> | undefined;
    const statements = await statementsDuring(h, async () => {
      second = await vote(callId, 'household-token-0002');
    });
    expect(statements, statements.join('\n')).toHaveLength(1);
    expect(statements[0]).toMatch(/^with "keyed" as|^select \* from pg_temp\.wushe_\w+\(\$1,/);
    expect(second!.status).toBe(201);
    expect(second!.body).toEqual({
      callId,
      proposalId: PROPOSAL,
      createdAt: clock.now().toISOString(),
    });
    const rows = await votesOf(callId);
    expect(rows).toHaveLength(2);
    // The token is kept only as a keyed hash, one per household.
    expect(new Set(rows.map((row) => row.respondentHash)).size).toBe(2);
    expect(rows.map((row) => row.respondentHash)).not.toContain('household-token-0002');
  });

  it("answers a household's second vote 409 already_voted at respondentToken, storing nothing", async () => {
    const callId = await openCall();
    expect((await vote(callId, 'household-token-0001')).status).toBe(201);
    const again = await vote(callId, 'household-token-0001');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_voted');
    expect(again.body.error.issues[0].path).toEqual(['respondentToken']);
    expect(await votesOf(callId)).toHaveLength(1);
  });

  it('notices a call closed after it was cached', async () => {
    const callId = await openCall();
    expect((await vote(callId, 'household-token-0001')).status).toBe(201);
    await h.db.update(calls).set({ status: 'closed' }).where(eq(calls.id, callId));
    const late = await vote(callId, 'household-token-0002');
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('call_not_open');
    expect(await votesOf(callId)).toHaveLength(1);
  });

  it("judges a cached call by each vote's time: refused before its opening, taken from it on", async () => {
    const opensAt = new Date(clock.now().getTime() + DAY);
    const callId = await openCall(opensAt);
    const early = await vote(callId, 'household-token-0001');
    expect(early.status).toBe(409);
    expect(early.body.error.issues[0].code).toBe('call_not_yet_open');
    clock.set(opensAt);
    expect((await vote(callId, 'household-token-0001')).status).toBe(201);
    expect(await votesOf(callId)).toHaveLength(1);
  });

  it('refuses a proposal of another call as not found', async () => {
    const callId = await openCall();
    expect((await vote(callId, 'household-token-0001')).status).toBe(201);
    const elsewhere = await vote(callId, 'household-token-0002', 'prp_notOfThisCall1');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('not_found');
    expect(await votesOf(callId)).toHaveLength(1);
  });
});
