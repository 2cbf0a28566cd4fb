import { describe, expect, it } from 'vitest';
import { LiveEvent } from '@wushe/schema';
import { PORTAL_ORIGIN, useHarness } from './harness.js';
import { SseReader } from './sse.js';

const h = useHarness();

const progress = (raisedFen: number) => ({
  id: 'fund_000000000000demo',
  targetFen: 1_000_000,
  raisedFen,
  donorCount: 1,
  disbursedFen: 0,
});

/** Writes an event the way a handler does: inside a transaction, announced at commit. */
async function emit(
  districtCode: string,
  raisedFen: number,
  scope: { communityCode?: string; fundId?: string } = {},
) {
  await h.db.transaction((tx) =>
    h.app.deps.events.emit(
      tx,
      'fund.updated',
      { districtCode, fundId: 'fund_000000000000demo', ...scope },
      progress(raisedFen),
    ),
  );
}

async function open(query = '', headers: Record<string, string> = {}, key = h.keys.pk) {
  const response = await h.app.request(`/v1/events${query}`, {
    headers: { Authorization: `Bearer ${key}`, ...headers },
  });
  return { response, events: new SseReader(response) };
}

describe('GET /v1/events', () => {
  it('streams events as text/event-stream, each valid against the contract', async () => {
    const { response, events } = await open('', { Origin: PORTAL_ORIGIN });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/event-stream');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL_ORIGIN);
    await emit('440113', 500);
    const [message] = await events.next();
    expect(message!.event).toBe('fund.updated');
    const event = LiveEvent.parse(JSON.parse(message!.data));
    expect(event).toMatchObject({ type: 'fund.updated', data: { raisedFen: 500 } });
    expect(message!.id).toBe(event.id);
    await events.cancel();
  });

  it('announces nothing for a transaction that rolls back', async () => {
    const { events } = await open();
    await h.db
      .transaction(async (tx) => {
        await h.app.deps.events.emit(tx, 'fund.updated', { districtCode: '440113' }, progress(1));
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await emit('440113', 2);
    const [message] = await events.next();
    expect(JSON.parse(message!.data).data.raisedFen).toBe(2);
    await events.cancel();
  });

  it("never sends another district's events", async () => {
    const { events } = await open();
    await emit('310105', 1);
    await emit('440113', 2);
    const [message] = await events.next();
    expect(JSON.parse(message!.data).data.raisedFen).toBe(2);
    await events.cancel();
  });

  it('narrows to a community or a fund', async () => {
    const { events } = await open('?community=440113104001');
    await emit('440113', 1, { communityCode: '440113001001' });
    await emit('440113', 2, { communityCode: '440113104001' });
    expect(JSON.parse((await events.next())[0]!.data).data.raisedFen).toBe(2);
    await events.cancel();

    const byFund = await open('?fund=fund_000000000000othr');
    await emit('440113', 3);
    expect(await byFund.events.drain(300)).toEqual([]);
    await byFund.events.cancel();
  });

  it('resumes after Last-Event-ID with exactly the missed events, in order', async () => {
    const first = await open();
    await emit('440113', 1);
    const [seen] = await first.events.next();
    await first.events.cancel();

    await emit('440113', 2);
    await emit('440113', 3);
    const again = await open('', { 'Last-Event-ID': seen!.id! });
    const missed = await again.events.next(2);
    expect(
      missed.map((m) => (JSON.parse(m.data) as { data: { raisedFen: number } }).data.raisedFen),
    ).toEqual([2, 3]);
    await emit('440113', 4);
    expect(JSON.parse((await again.events.next())[0]!.data).data.raisedFen).toBe(4);
    await again.events.cancel();
  });

  it('tells the client how long to wait before reconnecting', async () => {
    const response = await h.app.request('/v1/events', {
      headers: { Authorization: `Bearer ${h.keys.pk}` },
    });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toMatch(/^retry: \d+/);
    await reader.cancel();
  });

  it('refuses a missing key, a foreign origin and a bad filter like any route', async () => {
    expect((await h.request('GET', '/v1/events', { key: null })).status).toBe(401);
    const foreign = await h.request('GET', '/v1/events', {
      headers: { Origin: 'https://evil.example.com' },
    });
    expect(foreign.body.error.code).toBe('origin_not_allowed');
    const bad = await h.request('GET', '/v1/events?fund=need_123456789');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(['fund']);
  });
});

describe('across server processes', () => {
  it.runIf(process.env.WUSHE_TEST_DB === 'postgres')(
    'fans an event out to a stream served by another server on the same database',
    async () => {
      // A second server with its own connections, as a second process behind a load balancer.
      const { createApp } = await import('../src/app.js');
      const { openDatabase } = await import('../src/db/database.js');
      const second = await openDatabase({ url: h.url });
      const other = createApp({ database: second, secrets: h.secrets });
      try {
        const response = await other.request('/v1/events', {
          headers: { Authorization: `Bearer ${h.keys.pk}` },
        });
        const events = new SseReader(response);
        await h.db.transaction((tx) =>
          h.app.deps.events.emit(tx, 'fund.updated', { districtCode: '440113' }, progress(77)),
        );
        const [message] = await events.next();
        expect(JSON.parse(message!.data).data.raisedFen).toBe(77);
        await events.cancel();
      } finally {
        await other.close();
        await second.close();
      }
    },
  );
});
