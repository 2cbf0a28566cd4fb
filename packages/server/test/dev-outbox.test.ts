import { describe, expect, it } from 'vitest';
import { logNotifier, type NotifierMessage } from '../src/services/notifier.js';
import { useHarness, type Harness } from './harness.js';

const invite = (to: string, n: number): NotifierMessage => ({
  districtCode: '440113',
  channel: 'sms',
  to,
  template: 'staff_invite',
  params: { n: String(n) },
});

/** Messages sent through the real `log` provider, as a route's after-commit send does. */
async function send(h: Harness, ...messages: NotifierMessage[]) {
  const notifier = logNotifier(h.db);
  for (const message of messages) await notifier.send(message);
}

describe('GET /v1/dev/outbox with --notifier log', () => {
  const h = useHarness({ devRoutes: true });

  it('lists the outbox of the key’s district, newest first, a page at a time', async () => {
    await send(h, invite('13800000001', 1), invite('13800000002', 2), invite('13800000001', 3));
    await send(h, { ...invite('13900000000', 4), districtCode: '310105' });

    const first = await h.request('GET', '/v1/dev/outbox?limit=2', { key: h.keys.sk });
    expect(first.status).toBe(200);
    expect(first.body.data.map((m: { params: { n: string } }) => m.params.n)).toEqual(['3', '2']);
    expect(first.body.data[0]).toMatchObject({
      channel: 'sms',
      to: '13800000001',
      template: 'staff_invite',
    });
    expect(typeof first.body.nextCursor).toBe('string');

    const second = await h.request(
      'GET',
      `/v1/dev/outbox?limit=2&cursor=${first.body.nextCursor as string}`,
      { key: h.keys.sk },
    );
    expect(second.body.data.map((m: { params: { n: string } }) => m.params.n)).toEqual(['1']);
    expect(second.body.nextCursor).toBeNull();

    const other = await h.request('GET', '/v1/dev/outbox', { key: h.keys.otherSk });
    expect(other.body.data.map((m: { to: string }) => m.to)).toEqual(['13900000000']);
  });

  it('to= keeps one recipient’s messages', async () => {
    await send(h, invite('13800000001', 1), invite('13800000002', 2), invite('13800000001', 3));
    const mine = await h.request('GET', '/v1/dev/outbox?to=13800000001', { key: h.keys.sk });
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((m: { params: { n: string } }) => m.params.n)).toEqual(['3', '1']);
  });

  it('refuses a publishable key (403 secret_key_required), no key (401) and a bad cursor', async () => {
    const publishable = await h.request('GET', '/v1/dev/outbox');
    expect(publishable.status).toBe(403);
    expect(publishable.body.error.code).toBe('secret_key_required');
    expect((await h.request('GET', '/v1/dev/outbox', { key: null })).status).toBe(401);
    const badCursor = await h.request('GET', '/v1/dev/outbox?cursor=xyz', { key: h.keys.sk });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.issues[0].path).toEqual(['cursor']);
  });
});

describe('GET /v1/dev/outbox without --notifier log', () => {
  const h = useHarness();

  it('is 404 not_found exactly like an unknown path, for every method', async () => {
    await send(h, invite('13800000001', 1));
    const unknown = await h.request('GET', '/v1/dev/nothing-here', { key: h.keys.sk });
    expect(unknown.status).toBe(404);
    for (const method of ['GET', 'POST']) {
      const absent = await h.request(method, '/v1/dev/outbox', { key: h.keys.sk });
      expect(absent.status).toBe(404);
      expect(absent.headers.get('Allow')).toBeNull();
      expect(absent.body.error.code).toBe(unknown.body.error.code);
      expect(absent.body.error.message).toBe(unknown.body.error.message);
    }
  });
});
