import { describe, expect, it } from 'vitest';
import { ApiErrorBody, responses, validate, zhCN } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import {
  ApiError,
  ConflictError,
  ConnectionError,
  createClient,
  NotFoundError,
} from '../src/index.js';
import {
  createFixtureClient,
  createFixtureFetch,
  FIXTURE_BASE_URL,
  FIXTURE_PUBLISHABLE_KEY,
  FixtureIds,
  MANY_NEEDS,
  SLOW_DELAY_MS,
} from '../src/fixtures/index.js';
import { TIMER_SLACK_MS, raw, all, rejection } from './fixture-support.js';

describe('scenarios', () => {
  it('empty: the district and its survey, and nothing in any list', async () => {
    const client = createFixtureClient({ scenario: 'empty' });
    expect((await client.divisions.list()).streets.length).toBeGreaterThan(0);
    for (const page of [
      client.needs.list(),
      client.organizations.list(),
      client.activities.list(),
      client.funds.list(),
    ]) {
      expect(await page).toMatchObject({ data: [], nextCursor: null });
    }
    expect(await all(client.needs.list())).toEqual([]);
    await expect(client.funds.get({ id: FixtureIds.directFund })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(client.needs.get({ id: FixtureIds.openNeed })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const results = await client.surveys.results({ id: FixtureIds.survey });
    expect(results).toMatchObject({ n: 0, suppressed: true, csat: null, nps: null });
  });

  it(`many: ${MANY_NEEDS} needs, each exactly once across pages, newest first`, async () => {
    const client = createFixtureClient({ scenario: 'many' });
    const first = await client.needs.list();
    expect(first.data).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));
    const seen = new Set<string>();
    let count = 0;
    let previous = '9999';
    for await (const need of client.needs.list({ limit: 100 })) {
      count += 1;
      seen.add(need.id);
      expect(need.createdAt < previous).toBe(true);
      previous = need.createdAt;
    }
    expect(count).toBe(10_000);
    expect(seen.size).toBe(10_000);
    // Every tenth need is elderly care; seven in ten of those are open.
    expect(
      await all(client.needs.list({ category: 'elderly_care', status: 'open', limit: 100 })),
    ).toHaveLength(700);
  });

  it('conflict: someone else claims the need just before you', async () => {
    const client = createFixtureClient({ scenario: 'conflict' });
    const open = (await client.needs.list({ status: 'open' })).data[0]!;
    const refused = await rejection(
      client.needs.claim({ id: open.id, ...requestExamples.claimNeed }),
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({
      code: 'need_already_claimed',
      status: 409,
      message: zhCN.errors.need_already_claimed,
    });
    expect(await client.needs.get({ id: open.id })).toMatchObject({
      status: 'claimed',
      claim: { claimantName: '黄**' },
    });
  });

  it('error: every request is a 500 internal_error, after the client retried it', async () => {
    const transport = createFixtureFetch({ scenario: 'error' });
    let attempts = 0;
    const client = createClient({
      baseUrl: FIXTURE_BASE_URL,
      publishableKey: FIXTURE_PUBLISHABLE_KEY,
      responseSchemas: responses,
      fetch: (input, init) => {
        attempts += 1;
        return transport(input, init);
      },
    });
    const error = await rejection(client.needs.list());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 500,
      code: 'internal_error',
      message: zhCN.errors.internal_error,
      requestId: expect.stringMatching(/^req_/),
    });
    expect(attempts).toBe(3);
    const answer = await raw(transport, 'POST', '/v1/needs', { body: requestExamples.createNeed });
    expect(answer.status).toBe(500);
    expect(validate(ApiErrorBody, answer.json).success).toBe(true);
  });

  it('offline: fetch rejects with a TypeError, which the client calls a ConnectionError', async () => {
    const error = await rejection(createFixtureClient({ scenario: 'offline' }).divisions.list());
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    await expect(
      createFixtureFetch({ scenario: 'offline' })(`${FIXTURE_BASE_URL}/v1/divisions`),
    ).rejects.toThrow(TypeError);
  });

  it('loading: no answer ever comes, until the request is aborted', async () => {
    const client = createFixtureClient({ scenario: 'loading' });
    const controller = new AbortController();
    let settled = false;
    const call = client.needs.list({}, { signal: controller.signal });
    call.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled).toBe(false);
    const reason = new Error('the story was closed');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);

    const bare = new AbortController();
    const pending = createFixtureFetch({ scenario: 'loading' })(
      `${FIXTURE_BASE_URL}/v1/divisions`,
      { signal: bare.signal },
    );
    bare.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('slow: every answer takes at least the delay', async () => {
    let started = performance.now();
    const tree = await createFixtureClient({ scenario: 'slow' }).divisions.list();
    expect(tree.name).toBe('番禺区');
    expect(performance.now() - started).toBeGreaterThanOrEqual(SLOW_DELAY_MS - TIMER_SLACK_MS);

    const client = createFixtureClient({ scenario: 'slow', delayMs: 200 });
    started = performance.now();
    await client.needs.get({ id: FixtureIds.openNeed });
    await client.funds.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(400 - TIMER_SLACK_MS);
  });
});
