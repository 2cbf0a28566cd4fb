import { describe, expect, it } from 'vitest';
import { ApiErrorBody, validate, zhCN } from '@wushe/schema';
import needsConflict from '../recordings/needs-conflict.json' with { type: 'json' };
import needsList from '../recordings/needs-list.json' with { type: 'json' };
import volunteerRegister from '../recordings/volunteer-register.json' with { type: 'json' };
import { ApiError, ConflictError, ConnectionError, NotFoundError } from '../src/index.js';
import {
  createReplayClient,
  createReplayFetch,
  DemoIds,
  RECORDED_BASE_URL,
  SLOW_DELAY_MS,
  type Recording,
} from '../src/fixtures/index.js';

/** Timers may fire a little early on a busy machine. */
const TIMER_SLACK_MS = 5;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

const claimed = needsList.exchanges.find((each) => each.request.url.endsWith('/claims'))!;
const claimedId = claimed.request.url.split('/')[3]!;
const claim = {
  id: claimedId,
  claimant: { type: 'volunteer' as const, name: '陈小明', mobile: '13900001111' },
  consent: { policyVersion: '2026-01', agreed: true as const },
};

describe('the replay transport', () => {
  it('answers what the real server answered, checked against the contract', async () => {
    const client = createReplayClient(needsList);
    const page = await client.needs.list({ community: DemoIds.community, limit: 20 });
    expect(page.data).toEqual(needsList.exchanges[0]!.response.body.data);
    // The query's order does not matter.
    const again = await client.needs.list({ limit: 20, community: DemoIds.community });
    expect(again.data.map((need) => need.id)).toEqual(page.data.map((need) => need.id));
  });

  it('replays a scenario in order: a write, then the read that shows it', async () => {
    const client = createReplayClient(needsList);
    const before = await client.needs.list({ community: DemoIds.community, limit: 20 });
    expect(before.data.find((need) => need.id === claimedId)?.status).toBe('open');
    expect((await client.needs.claim(claim)).status).toBe('active');
    expect((await client.needs.get({ id: claimedId })).status).toBe('claimed');
    // A read asked again gets its last answer again.
    expect((await client.needs.get({ id: claimedId })).status).toBe('claimed');
  });

  it('replays the server’s refusals as the SDK’s errors', async () => {
    const client = createReplayClient(needsConflict);
    const id = needsConflict.exchanges[1]!.request.url.split('/')[3]!;
    const error = await rejection(client.needs.claim({ ...claim, id }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'need_already_claimed', status: 409 });
  });

  it('answers 404 for what it has no recording of, naming the request', async () => {
    const replay = createReplayFetch(volunteerRegister);
    const answer = await replay(`${RECORDED_BASE_URL}/v1/needs?limit=3`);
    expect(answer.status).toBe(404);
    const body = (await answer.json()) as { error: { message: string } };
    expect(body.error.message).toContain('GET /v1/needs?limit=3');
    expect(validate(ApiErrorBody, body).success).toBe(true);
    await expect(
      createReplayClient(volunteerRegister).needs.get({ id: 'need_unrecorded' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a recording the contract would refuse: a story never shows what the API cannot send', async () => {
    const broken = structuredClone(needsList) as Recording;
    (broken.exchanges[0]!.response.body as { data: { valueFen: unknown }[] }).data[0]!.valueFen =
      12.5;
    const error = await rejection(
      createReplayClient(broken).needs.list({ community: DemoIds.community, limit: 20 }),
    );
    expect(error).toBeInstanceOf(ApiError);
  });

  it('error: every request is a 500 internal_error, after the client retried it', async () => {
    const replay = createReplayFetch(needsList, { state: 'error' });
    let attempts = 0;
    const client = createReplayClient(needsList, {
      transport: (input, init) => {
        attempts += 1;
        return replay(input, init);
      },
    });
    const error = await rejection(client.needs.list({ community: DemoIds.community, limit: 20 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 500,
      code: 'internal_error',
      message: zhCN.errors.internal_error,
      requestId: expect.stringMatching(/^req_/),
    });
    expect(attempts).toBe(3);
    const answer = await replay(`${RECORDED_BASE_URL}/v1/needs`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(500);
    expect(validate(ApiErrorBody, await answer.json()).success).toBe(true);
  });

  it('offline: fetch rejects with a TypeError, which the client calls a ConnectionError', async () => {
    const error = await rejection(
      createReplayClient(volunteerRegister, { state: 'offline' }).divisions.list(),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    await expect(
      createReplayFetch(volunteerRegister, { state: 'offline' })(
        `${RECORDED_BASE_URL}/v1/divisions`,
      ),
    ).rejects.toThrow(TypeError);
  });

  it('loading: no answer ever comes, until the request is aborted', async () => {
    const client = createReplayClient(volunteerRegister, { state: 'loading' });
    const controller = new AbortController();
    let settled = false;
    const call = client.divisions.list({}, { signal: controller.signal });
    call.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled).toBe(false);
    const reason = new Error('the story was closed');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it('writes only: reads answer, a write never returns (a story’s "submitting")', async () => {
    const client = createReplayClient(needsList, { writes: 'loading' });
    await client.needs.get({ id: claimedId });
    const controller = new AbortController();
    const call = client.needs.claim(claim, { signal: controller.signal });
    let settled = false;
    call.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    controller.abort(new Error('done'));
    await expect(call).rejects.toThrow('done');
    const offline = createReplayClient(needsList, { writes: 'offline', maxRetries: 0 });
    await expect(offline.needs.claim(claim)).rejects.toBeInstanceOf(ConnectionError);
  });

  it('slow: every answer takes at least the delay', async () => {
    let started = performance.now();
    const tree = await createReplayClient(volunteerRegister, { state: 'slow' }).divisions.list();
    expect(tree.name).toBe('番禺区');
    expect(performance.now() - started).toBeGreaterThanOrEqual(SLOW_DELAY_MS - TIMER_SLACK_MS);
    const client = createReplayClient(needsList, { state: 'slow', delayMs: 200 });
    started = performance.now();
    await client.needs.get({ id: claimedId });
    await client.needs.list({ community: DemoIds.community, limit: 20 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(400 - TIMER_SLACK_MS);
  });

  it('keeps the live stream open and quiet, until the request is aborted', async () => {
    const replay = createReplayFetch(needsList);
    const controller = new AbortController();
    const answer = await replay(`${RECORDED_BASE_URL}/v1/events?community=${DemoIds.community}`, {
      signal: controller.signal,
    });
    expect(answer.headers.get('content-type')).toContain('text/event-stream');
    const reader = answer.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(': connected');
    controller.abort(new Error('left the page'));
    await expect(reader.read()).rejects.toThrow('left the page');
  });
});
