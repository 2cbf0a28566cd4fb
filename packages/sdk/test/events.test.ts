import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { createClient, type ConnectionStatus, type WusheClient } from '../src/index.js';
import { startTestServer, type TestServer } from '@wushe/server/testing';

let server: TestServer;
let resident: WusheClient;
let staff: WusheClient;

beforeAll(async () => {
  server = await startTestServer();
  resident = createClient({ baseUrl: server.apiBase, publishableKey: server.keys.publishable });
  staff = createClient({ baseUrl: server.apiBase, secretKey: server.keys.secret });
});
afterAll(() => server.close());

/** Collects events and lets a test wait until some have arrived. */
function collector() {
  const events: LiveEvent[] = [];
  const statuses: ConnectionStatus[] = [];
  let notify: () => void = () => undefined;
  return {
    events,
    statuses,
    handler: (event: LiveEvent) => {
      events.push(event);
      notify();
    },
    onStatus: (status: ConnectionStatus) => {
      statuses.push(status);
      notify();
    },
    async until(check: () => boolean, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline)
          throw new Error(`timed out; events: ${events.map((e) => e.type).join(', ')}`);
        await new Promise<void>((resolve) => {
          notify = resolve;
          setTimeout(resolve, 100);
        });
      }
    },
  };
}

async function publishNeed(title: string) {
  const need = await resident.needs.create({ ...requestExamples.createNeed, title });
  await staff.needs.update({ id: need.id, status: 'open' });
  return need.id;
}

describe('events.subscribe', () => {
  it('delivers need.created when staff publish a need', async () => {
    const seen = collector();
    const unsubscribe = resident.events.subscribe({ community: '440113104001' }, seen.handler, {
      onStatus: seen.onStatus,
    });
    await seen.until(() => seen.statuses.includes('open'));
    const id = await publishNeed('订阅测试：帮长者买菜送上门');
    await seen.until(() =>
      seen.events.some((event) => event.type === 'need.created' && event.data.id === id),
    );
    unsubscribe();
    await seen.until(() => seen.statuses.includes('closed'));
  });

  it('survives a server restart and resumes without losing events', async () => {
    const seen = collector();
    const unsubscribe = resident.events.subscribe({}, seen.handler, { onStatus: seen.onStatus });
    await seen.until(() => seen.statuses.includes('open'));
    const before = await publishNeed('重启前发布的需求：楼道照明维修');
    await seen.until(() => seen.events.some((event) => event.data.id === before));

    await server.stop();
    // While the server is down, work goes on in the database (another process, say).
    const missed: string[] = [];
    for (const title of ['停机期间发布的需求一：助餐送餐', '停机期间发布的需求二：陪诊服务']) {
      await server.app.deps.db.transaction(async (tx) => {
        const id = `need_missed${String(missed.length).padStart(8, '0')}`;
        missed.push(id);
        await server.app.deps.events.emit(
          tx,
          'need.updated',
          { districtCode: '440113', communityCode: '440113104001', streetCode: '440113104' },
          {
            ...(seen.events.at(-1)!.data as object),
            id,
            title,
          },
        );
      });
    }
    await server.start();

    const after = await publishNeed('重启后发布的需求：课后辅导');
    await seen.until(() => seen.events.some((event) => event.data.id === after), 20_000);
    unsubscribe();

    const ids = seen.events.map((event) => event.data.id);
    expect(seen.statuses).toContain('reconnecting');
    expect(ids).toEqual(expect.arrayContaining([before, ...missed, after]));
    // Each event exactly once, in the order the server numbered them.
    const eventIds = seen.events.map((event) => Number(event.id));
    expect(new Set(eventIds).size).toBe(eventIds.length);
    expect([...eventIds].sort((a, b) => a - b)).toEqual(eventIds);
  });

  it('ends on a refusal that retrying cannot fix', async () => {
    const errors: unknown[] = [];
    const seen = collector();
    createClient({ baseUrl: server.apiBase, publishableKey: 'pk_test_unknown' }).events.subscribe(
      {},
      seen.handler,
      {
        onError: (error) => errors.push(error),
        onStatus: seen.onStatus,
      },
    );
    await seen.until(() => seen.statuses.includes('closed'));
    expect(errors[0]).toMatchObject({ code: 'invalid_api_key', status: 401 });
  });

  it('checks its filter before connecting', () => {
    expect(() => resident.events.subscribe({ community: '4401' }, () => undefined)).toThrow(
      /community/,
    );
  });
});
