import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { requestExamples } from '@wushe/schema/examples';
import {
  ApiError,
  ConnectionError,
  createClient,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type WusheClient,
} from '../src/index.js';
import { queryRows, startTestServer, type TestServer } from '@wushe/server/testing';
import { startFaultProxy } from './fault-proxy.js';

let server: TestServer;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
let client: WusheClient;

beforeAll(async () => {
  server = await startTestServer();
  proxy = await startFaultProxy(server.apiBase);
  client = createClient({ baseUrl: proxy.baseUrl, publishableKey: server.keys.publishable });
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});
afterEach(() => {
  proxy.faults.length = 0;
  proxy.seen.length = 0;
});

const donationsNamed = async (name: string) =>
  (
    await queryRows<{ n: number }>(
      server.database.db,
      sql`select count(*)::int as n from donations where donor_name = ${name}`,
    )
  )[0]!.n;

describe('retries with real faults', () => {
  it('retries a read after the connection drops once', async () => {
    proxy.faults.push({ kind: 'drop-connection' });
    const tree = await client.divisions.list();
    expect(tree.name).toBe('番禺区');
    expect(proxy.seen).toHaveLength(2);
  });

  it('retries after a 503, then succeeds', async () => {
    proxy.faults.push({ kind: 'status', status: 503 });
    const page = await client.needs.list({ limit: 1 });
    expect(page.data).toHaveLength(1);
    expect(proxy.seen).toHaveLength(2);
  });

  it('waits as long as Retry-After says on a 429', async () => {
    proxy.faults.push({
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { error: { code: 'rate_limited', message: 'slow down', requestId: 'req_x' } },
    });
    const started = Date.now();
    await client.needs.list({ limit: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(proxy.seen).toHaveLength(2);
  });

  it('gives up after maxRetries, with the last error', async () => {
    for (let i = 0; i < 5; i++) proxy.faults.push({ kind: 'status', status: 503 });
    const error = await client.needs.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(proxy.seen).toHaveLength(3);
  });

  it('never retries a 4xx', async () => {
    const error = await client.needs.get({ id: 'need_0000000000000000' }).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
    expect(proxy.seen).toHaveLength(1);
  });

  it('an interrupted donation, retried by the SDK, makes exactly one donation', async () => {
    const funds = await client.funds.list();
    const fund = funds.data.find((f) => f.donatable)!;
    proxy.seen.length = 0;
    // The server creates the donation, then the answer is lost on the way back.
    proxy.faults.push({ kind: 'drop-response' });
    const donor = { ...requestExamples.createDonation.donor, name: '断线重试' };
    const { donation } = await client.donations.create({
      ...requestExamples.createDonation,
      fundId: fund.id,
      donor,
    });
    expect(proxy.seen).toHaveLength(2);
    expect(proxy.seen[0]!.idempotencyKey).toMatch(/^wushe_/);
    expect(proxy.seen[1]!.idempotencyKey).toBe(proxy.seen[0]!.idempotencyKey);
    expect(await donationsNamed('断线重试')).toBe(1);
    expect(donation.status).toBe('pending');
  });

  it('a confirmation answered 502 after its commit is retried with its key: one outcome', async () => {
    const funds = await client.funds.list();
    const fund = funds.data.find((f) => f.donatable)!;
    const { donation } = await client.donations.create({
      ...requestExamples.createDonation,
      fundId: fund.id,
      channel: 'offline',
    });
    const before = (await client.funds.get({ id: fund.id })).raisedFen;
    const staff = createClient({ baseUrl: proxy.baseUrl, secretKey: server.keys.secret });
    proxy.seen.length = 0;
    // The server confirms and commits; the gateway loses its answer and says 502.
    proxy.faults.push({ kind: 'status-after-server', status: 502 });
    const confirmed = await staff.donations.confirm({ id: donation.id });
    expect(confirmed.status).toBe('succeeded');
    expect(proxy.seen.map((each) => each.method)).toEqual(['POST', 'POST']);
    expect(proxy.seen[0]!.idempotencyKey).toMatch(/^wushe_/);
    expect(proxy.seen[1]!.idempotencyKey).toBe(proxy.seen[0]!.idempotencyKey);
    // Once: the second attempt was answered with the first outcome, not donation_not_pending.
    expect((await client.funds.get({ id: fund.id })).raisedFen).toBe(before + donation.amountFen);
  });

  it("sends the caller's own idempotency key rather than one of its own", async () => {
    const staff = createClient({ baseUrl: proxy.baseUrl, secretKey: server.keys.secret });
    const error = await staff.donations
      .confirm({ id: 'don_0000000000000000' }, { idempotencyKey: 'desk-confirm-0001' })
      .catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
    expect(proxy.seen.map((each) => each.idempotencyKey)).toEqual(['desk-confirm-0001']);
  });

  it('sends no idempotency key with a read', async () => {
    await client.divisions.list();
    expect(proxy.seen.map((each) => each.idempotencyKey)).toEqual([undefined]);
  });

  it('does not send what fails its own check', async () => {
    const error = await client.needs
      .create({ ...requestExamples.createNeed, communityId: '4401' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(proxy.seen).toHaveLength(0);
  });
});

describe('timeouts and cancellation', () => {
  it('times out an attempt that gets no answer', async () => {
    proxy.faults.push({ kind: 'hang' });
    const impatient = createClient({
      baseUrl: proxy.baseUrl,
      publishableKey: server.keys.publishable,
      maxRetries: 0,
    });
    const error = await impatient.divisions.list({}, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('retries a read that timed out', async () => {
    proxy.faults.push({ kind: 'hang' });
    const tree = await client.divisions.list({}, { timeoutMs: 500 });
    expect(tree.name).toBe('番禺区');
    expect(proxy.seen).toHaveLength(2);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    proxy.faults.push({ kind: 'hang' });
    const controller = new AbortController();
    const pending = client.divisions.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('the resident left the page')), 100);
    await expect(pending).rejects.toThrow('the resident left the page');
    expect(proxy.seen).toHaveLength(1);
  });

  it('reports an unreachable server as a ConnectionError', async () => {
    const nowhere = createClient({
      baseUrl: 'http://127.0.0.1:9',
      publishableKey: 'pk_test_x',
      maxRetries: 0,
    });
    await expect(nowhere.divisions.list()).rejects.toBeInstanceOf(ConnectionError);
  });

  it('keeps RateLimitError when the wait asked is too long', async () => {
    proxy.faults.push({
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '3600' },
      body: { error: { code: 'rate_limited', message: 'later', requestId: 'req_x' } },
    });
    const error = await client.needs.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
  });
});
