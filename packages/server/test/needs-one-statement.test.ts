import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { communities, needs } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { needBody } from './needs-fixtures.js';
import { statementsDuring } from './statements-fixtures.js';

/**
 * A resident's keyed post of a need is written in one statement from the cached community: the
 * row and the answer are those the transaction path makes, and a community changed after it was
 * cached is noticed.
 */

const h = useHarness();
let keys = 0;
/** As the widgets post: with an Idempotency-Key (the one-statement path needs one). */
const post = (overrides: Record<string, unknown> = {}, key = `need-post-${++keys}-${Date.now()}`) =>
  h.request('POST', '/v1/needs', {
    body: needBody(overrides),
    headers: { 'Idempotency-Key': key },
  });

/** A need's row without what differs between two posts (its id and times). */
async function storedRow(id: string) {
  const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = row!;
  return rest;
}

describe('POST /v1/needs from the cached community', () => {
  it('is one statement once the community is cached, storing and answering what the transaction path does', async () => {
    const unkeyed = await h.request('POST', '/v1/needs', { body: needBody() });
    expect(unkeyed.status).toBe(201);
    expect((await post()).status).toBe(201);
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await statementsDuring(h, async () => {
      answer = await post();
    });
    expect(statements, statements.join('\n')).toHaveLength(1);
    expect(statements[0]).toMatch(/^with "keyed" as|^select \* from pg_temp\.wushe_\w+\(\$1,/);
    expect(answer!.status).toBe(201);
    const { id: _a, createdAt: _b, updatedAt: _c, ...shown } = answer!.body;
    const { id: _d, createdAt: _e, updatedAt: _f, ...shownByTransaction } = unkeyed.body;
    expect(shown).toEqual(shownByTransaction);
    expect(answer!.body.createdAt).toBe(answer!.body.updatedAt);
    expect(await storedRow(answer!.body.id)).toEqual(await storedRow(unkeyed.body.id));
    const [row] = await h.db.select().from(needs).where(eq(needs.id, answer!.body.id));
    expect(row!.createdAt.toISOString()).toBe(answer!.body.createdAt);
  });

  it('replays a key once used, writing nothing more', async () => {
    const first = await post({}, 'need-replayed-0001');
    const again = await post({}, 'need-replayed-0001');
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await h.db.select().from(needs).where(eq(needs.title, needBody().title))).toHaveLength(
      1,
    );
  });

  it('makes one need of one key sent three times at once, each send answered with it', async () => {
    expect((await post()).status).toBe(201);
    for (let round = 0; round < 5; round++) {
      const key = `need-raced-${round}-0001`;
      const answers = await Promise.all([1, 2, 3].map(() => post({}, key)));
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((answer) => answer.body.id as string)).size).toBe(1);
    }
    expect(await h.db.select().from(needs)).toHaveLength(6);
  });

  it('notices a community moved to another street after it was cached', async () => {
    expect((await post()).status).toBe(201);
    // 锦绣香江 moved to 市桥街道 (as a division change would): the cached street is no longer true.
    const moved = '440113001';
    await h.db
      .update(communities)
      .set({ streetCode: moved })
      .where(eq(communities.code, '440113104001'));
    const response = await post();
    expect(response.status).toBe(201);
    expect(response.body.streetId).toBe(moved);
    const [row] = await h.db.select().from(needs).where(eq(needs.id, response.body.id));
    expect(row!.streetCode).toBe(moved);
  });

  it('refuses a community the district does not have at communityId, and caches nothing for it', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await post({ communityId: '310105001001' });
      expect(response.status).toBe(400);
      expect(response.body.error.issues[0]).toMatchObject({
        path: ['communityId'],
        code: 'division_not_in_parent',
      });
    }
    expect(await h.db.select().from(needs)).toHaveLength(0);
  });
});
