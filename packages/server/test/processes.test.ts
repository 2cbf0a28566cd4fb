import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fetch } from 'undici';
import { requestExamples } from '@wushe/schema/examples';
import { DEMO_KEYS, DEMO_STAFF_PASSWORD } from '../src/seed/demo.js';
import { SERVED_BY, startBalancer, type Balancer } from '../src/testing/balancer.js';
import { openTestDatabase, type TestDatabase } from '../src/testing/database.js';
import {
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from '../src/testing/process.js';
import { SseReader } from './sse.js';

// SPEC §14: N server processes on one PostgreSQL behave as one. Three `wushe-server` processes
// (the built CLI) on one database, behind a round-robin balancer on 127.0.0.1 that appends the
// caller's address to X-Forwarded-For; the processes trust it (`--trust-proxy 127.0.0.1`).
// Clients are told apart by the loopback address they connect from (127.0.0.2, 127.0.0.3, …).
// Resident writes are limited to a burst of 20 refilled once a minute, so the test's own
// duration adds at most one token.
const postgres = process.env.WUSHE_TEST_DB === 'postgres';
if (!postgres) {
  console.info(
    'three-process test skipped: it needs PostgreSQL (one process opens a PGlite database); `npm test` runs it in the PostgreSQL lane',
  );
}

describe.skipIf(!postgres)(
  'three server processes on one PostgreSQL behind a balancer (skipped on PGlite: one process opens a PGlite database, so this runs in the PostgreSQL lane, `WUSHE_TEST_DB=postgres`)',
  () => {
    let database: TestDatabase | undefined;
    const processes: ServerProcess[] = [];
    let balancer: Balancer | undefined;

    beforeAll(async () => {
      const opened = await openTestDatabase({ engine: 'postgres' });
      database = opened;
      const env = { DATABASE_URL: opened.url!, WUSHE_SECRET: 'three-processes-secret' };
      const args = ['--trust-proxy', '127.0.0.1', '--rate-limit', '20/1'];
      // The first seeds the demo (and its staff); the other two start at once on the same data.
      processes.push(await startServerProcess({ args: [...args, '--seed', 'demo'], env }));
      processes.push(...(await Promise.all([1, 2].map(() => startServerProcess({ args, env })))));
      balancer = await startBalancer(processes.map((each) => each.base));
    }, 120_000);

    afterAll(async () => {
      await balancer?.close();
      await Promise.all(processes.map((each) => stopServerProcess(each)));
      await database?.close();
    });

    /** A client on its own loopback address, calling the balancer (or `base`). */
    function client(address: string) {
      const dispatcher = new Agent({ localAddress: address });
      return async (
        method: string,
        path: string,
        init: { body?: unknown; headers?: Record<string, string>; base?: string } = {},
      ) => {
        const headers: Record<string, string> = {
          Authorization: `Bearer ${DEMO_KEYS.publishable}`,
          ...init.headers,
        };
        if (init.body !== undefined) headers['Content-Type'] = 'application/json';
        const response = await fetch(`${init.base ?? balancer!.base}${path}`, {
          method,
          headers,
          dispatcher,
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        });
        return {
          status: response.status,
          headers: response.headers,
          servedBy: response.headers.get(SERVED_BY),
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
          body: (await response.json()) as any,
        };
      };
    }

    const need = (title: string) => ({ ...requestExamples.createNeed, title });

    it('meets one shared rate limit: 36 writes from one client, 20 pass, the rest 429 with Retry-After', async () => {
      const resident = client('127.0.0.2');
      const answers = [];
      for (let i = 0; i < 36; i++)
        answers.push(await resident('POST', '/v1/needs', { body: need(`三进程限流测试第${i}条`) }));
      // Every process served a third of them: counted per process, all 36 would have passed.
      expect(new Set(answers.map((answer) => answer.servedBy))).toEqual(new Set(['0', '1', '2']));
      const passed = answers.filter((answer) => answer.status === 201);
      const refused = answers.filter((answer) => answer.status === 429);
      expect(passed).toHaveLength(20);
      expect(refused).toHaveLength(16);
      expect(answers.slice(0, 20).every((answer) => answer.status === 201)).toBe(true);
      for (const answer of refused) {
        expect(answer.body.error.code).toBe('rate_limited');
        expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
      }
      // A spoofed X-Forwarded-For changes nothing: through the balancer the address it appends is
      // believed, and sent straight to a process (not a listed proxy) the header is ignored.
      const spoofed = { 'X-Forwarded-For': '198.51.100.77' };
      const viaBalancer = await resident('POST', '/v1/needs', {
        body: need('伪造转发地址的请求'),
        headers: spoofed,
      });
      expect(viaBalancer.status).toBe(429);
      const direct = await resident('POST', '/v1/needs', {
        body: need('伪造转发地址的请求'),
        headers: spoofed,
        base: processes[1]!.base,
      });
      expect(direct.status).toBe(429);
    });

    it('gives each client (each X-Forwarded-For) a bucket of its own', async () => {
      const neighbour = client('127.0.0.3');
      const answers = [];
      for (let i = 0; i < 3; i++)
        answers.push(await neighbour('POST', '/v1/needs', { body: need(`另一位居民的需求${i}`) }));
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    });

    it('replays an idempotent write retried on another process', async () => {
      const resident = client('127.0.0.4');
      const headers = { 'Idempotency-Key': `three-processes-${Date.now()}` };
      const body = need('重试到另一个进程的需求');
      const first = await resident('POST', '/v1/needs', { body, headers });
      const retried = await resident('POST', '/v1/needs', { body, headers });
      expect(first.status).toBe(201);
      expect(retried.status).toBe(201);
      expect(retried.servedBy).not.toBe(first.servedBy);
      expect(retried.headers.get('Idempotent-Replayed')).toBe('true');
      expect(retried.body).toEqual(first.body);
    });

    it('keeps a staff session on every process, and signing out on one ends it on all', async () => {
      const staff = client('127.0.0.5');
      const signIn = await staff('POST', '/v1/staff/sign-in', {
        body: { login: 'nancun.staff', password: DEMO_STAFF_PASSWORD },
        headers: { Authorization: '' },
      });
      expect(signIn.status).toBe(200);
      const bearer = { Authorization: `Bearer ${signIn.body.session.token as string}` };
      const me = await Promise.all(
        [0, 1, 2].map(() => staff('GET', '/v1/staff/me', { headers: bearer })),
      );
      expect(me.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(new Set(me.map((answer) => answer.servedBy)).size).toBe(3);
      expect(me[0]!.body.account.login).toBe('nancun.staff');

      const signOut = await staff('POST', '/v1/staff/sign-out', { headers: bearer });
      expect(signOut.status).toBe(200);
      const after = await Promise.all(
        [0, 1, 2].map(() => staff('GET', '/v1/staff/me', { headers: bearer })),
      );
      expect(new Set(after.map((answer) => answer.servedBy)).size).toBe(3);
      for (const answer of after) {
        expect(answer.status).toBe(401);
        expect(answer.body.error.code).toBe('session_expired');
      }
    });

    it('delivers a live event written on one process to an SSE client of another', async () => {
      const dispatcher = new Agent({ localAddress: '127.0.0.6' });
      const stream = await fetch(`${balancer!.base}/v1/events?community=440113104001`, {
        headers: { Authorization: `Bearer ${DEMO_KEYS.publishable}` },
        dispatcher,
      });
      expect(stream.status).toBe(200);
      const events = new SseReader(stream);
      const resident = client('127.0.0.6');
      const posted = await resident('POST', '/v1/needs', { body: need('跨进程实时事件') });
      expect(posted.status).toBe(201);
      // Staff publish it (a secret key, through the balancer): \`need.created\`, on another process.
      const published = await resident('PATCH', `/v1/needs/${posted.body.id as string}`, {
        body: { status: 'open' },
        headers: { Authorization: `Bearer ${DEMO_KEYS.secret}` },
      });
      expect(published.status).toBe(200);
      expect(published.servedBy).not.toBe(stream.headers.get(SERVED_BY));
      const [message] = await events.next(1, 10_000);
      expect(message!.event).toBe('need.created');
      expect(JSON.parse(message!.data).data.id).toBe(posted.body.id);
      await events.cancel();
    });
  },
);
