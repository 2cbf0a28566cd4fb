import { describe, expect, it, vi } from 'vitest';
import {
  ApiErrorBody,
  en,
  responses,
  validate,
  zhCN,
  type FieldIssue,
  type LiveEvent,
  type QuestionResult,
} from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import {
  ApiError,
  ConflictError,
  ConnectionError,
  createClient,
  IdempotencyError,
  NotFoundError,
  PermissionError,
  ValidationError,
  type ConnectionStatus,
  type WusheClient,
} from '../src/index.js';
import {
  createFixtureClient,
  createFixtureFetch,
  FIXTURE_BASE_URL,
  FIXTURE_PUBLISHABLE_KEY,
  FIXTURE_SECRET_KEY,
  FixtureContractError,
  FixtureIds,
  MANY_NEEDS,
  SLOW_DELAY_MS,
  type FixtureOptions,
} from '../src/fixtures/index.js';

const consent = { policyVersion: '2026-01', agreed: true } as const;
/** Node's timers count whole milliseconds from a cached loop time: allow them that much. */
const TIMER_SLACK_MS = 10;

/** A resident's and a staff client on one fixture backend, and its raw `fetch`. */
function fixture(options: FixtureOptions = {}) {
  const transport = createFixtureFetch(options);
  return {
    transport,
    resident: createFixtureClient({ transport }),
    staff: createFixtureClient({ transport, staff: true }),
  };
}

/** What the fixture answers: an error body, or a success body (compared whole). */
interface RawJson {
  readonly error: { code: string; message: string; requestId: string; issues?: FieldIssue[] };
}

interface RawOptions {
  readonly body?: unknown;
  readonly key?: string | null;
  readonly headers?: Record<string, string>;
}

/** One request straight to the fixture `fetch`, past the SDK's own checks. */
async function raw(
  transport: typeof fetch,
  method: string,
  path: string,
  options: RawOptions = {},
) {
  const { body, key = FIXTURE_PUBLISHABLE_KEY } = options;
  const headers: Record<string, string> = { ...options.headers };
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await transport(`${FIXTURE_BASE_URL}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as RawJson,
  };
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('normal: every resource method answers what the real client accepts', () => {
  it('reads the district tree and its organizations', async () => {
    const { resident } = fixture();
    const tree = await resident.divisions.list();
    expect(tree).toMatchObject({ code: '440113', name: '番禺区' });
    const nancun = tree.streets.find((street) => street.code === FixtureIds.street);
    expect(nancun?.name).toBe('南村镇');
    expect(nancun?.communities).toContainEqual({ code: '440113104001', name: '锦绣香江社区' });
    expect(tree.requestId).toMatch(/^req_/);

    const organizations = await all(resident.organizations.list({ limit: 3 }));
    expect(organizations).toHaveLength(10);
    expect(new Set(organizations.map((org) => org.id)).size).toBe(10);
    expect(organizations.map((org) => org.name)).toContain('锦绣香江长者会');
    const culture = await resident.organizations.list({ category: 'culture' });
    expect(culture.data.map((org) => org.name).sort()).toEqual([
      '先锋社区星光合唱团',
      '锦绣香江诗词社',
    ]);
    expect(culture.nextCursor).toBeNull();
  });

  it('lists public needs newest first, filters and searches them, and hides the rest', async () => {
    const { resident, staff } = fixture();
    const needs = await all(resident.needs.list({ limit: 5 }));
    expect(needs).toHaveLength(12);
    expect(needs.every((need) => ['open', 'claimed', 'fulfilled'].includes(need.status))).toBe(
      true,
    );
    const times = needs.map((need) => need.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(needs.map((need) => need.category)).toEqual(
      expect.arrayContaining(['elderly_care', 'education', 'sanitation']),
    );

    const walker = await resident.needs.get({ id: FixtureIds.openNeed });
    expect(walker).toMatchObject({
      title: '为独居长者添置助行器',
      kind: 'wish',
      valueFen: 26_000,
      requesterName: null,
      status: 'open',
    });
    expect(walker).not.toHaveProperty('contact');

    const search = await all(resident.needs.list({ q: '长者' }));
    expect(search.length).toBeGreaterThan(2);
    expect(search.every((need) => `${need.title}${need.description}`.includes('长者'))).toBe(true);
    const wishes = await all(
      resident.needs.list({ kind: 'wish', community: FixtureIds.community }),
    );
    expect(wishes.map((need) => need.id).sort()).toEqual([
      'need_jxReadingCorner',
      'need_jxWalkerAid',
    ]);
    const claimed = await resident.needs.list({ status: 'claimed' });
    expect(claimed.data.map((need) => need.claim?.claimantName)).toEqual(
      expect.arrayContaining(['锦绣香江爱心义工队', '梁**']),
    );
    expect((await resident.needs.list({ status: 'pending_review' })).data).toEqual([]);

    await expect(resident.needs.get({ id: FixtureIds.pendingNeed })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const pending = await staff.needs.get({ id: FixtureIds.pendingNeed });
    expect(pending).toMatchObject({ status: 'pending_review', contact: { name: '罗美华' } });
    expect(await all(staff.needs.list({ limit: 100 }))).toHaveLength(15);
  });

  it('posts, publishes, claims and reports a need as the server does', async () => {
    const { resident, staff } = fixture();
    const need = await resident.needs.create(requestExamples.createNeed);
    expect(need).toMatchObject({
      status: 'pending_review',
      streetId: '440113104',
      requesterName: null,
      claim: null,
    });
    expect(need.id).toMatch(/^need_fx\d{6}$/);
    expect((await resident.needs.list()).data.map((each) => each.id)).not.toContain(need.id);

    const published = await staff.needs.update({ id: need.id, ...requestExamples.updateNeed });
    expect(published).toMatchObject({
      status: 'open',
      reason: '已电话核实，需求属实',
      contact: { mobile: '13812345678' },
    });
    expect((await resident.needs.list()).data[0]?.id).toBe(need.id);

    const claim = await resident.needs.claim({ id: need.id, ...requestExamples.claimNeed });
    expect(claim).toMatchObject({
      needId: need.id,
      status: 'active',
      claimantName: '锦绣香江长者会',
    });
    const second = await rejection(
      resident.needs.claim({ id: need.id, ...requestExamples.claimNeed }),
    );
    expect(second).toBeInstanceOf(ConflictError);
    expect(second).toMatchObject({
      code: 'need_already_claimed',
      status: 409,
      message: zhCN.errors.need_already_claimed,
    });
    expect((await resident.needs.get({ id: need.id })).claim?.claimantName).toBe('锦绣香江长者会');

    const fulfilled = await staff.needs.update({ id: need.id, status: 'fulfilled' });
    expect(fulfilled.status).toBe('fulfilled');
    await expect(staff.needs.update({ id: need.id, status: 'open' })).rejects.toMatchObject({
      code: 'invalid_status_transition',
      status: 409,
    });

    for (const token of ['reporter-token-0001', 'reporter-token-0002']) {
      expect(
        (
          await resident.needs.report({
            id: FixtureIds.openNeed,
            reason: 'spam',
            reporterToken: token,
          })
        ).reason,
      ).toBe('spam');
    }
    await expect(
      resident.needs.report({
        id: FixtureIds.openNeed,
        reason: 'spam',
        reporterToken: 'reporter-token-0001',
      }),
    ).rejects.toMatchObject({ code: 'already_reported' });
    await resident.needs.report({
      id: FixtureIds.openNeed,
      reason: 'offensive',
      reporterToken: 'reporter-token-0003',
    });
    // Three reports hide it until staff review it.
    await expect(resident.needs.get({ id: FixtureIds.openNeed })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await staff.needs.update({ id: FixtureIds.openNeed, unhide: true })).hidden).toBe(
      false,
    );
    expect((await resident.needs.get({ id: FixtureIds.openNeed })).status).toBe('open');
  });

  it('refuses staff actions with the publishable key', async () => {
    const { resident } = fixture();
    const refused = await rejection(
      resident.needs.update({ id: FixtureIds.openNeed, status: 'closed', reason: '重复' }),
    );
    expect(refused).toBeInstanceOf(PermissionError);
    expect(refused).toMatchObject({ code: 'secret_key_required', status: 403 });
    await expect(resident.volunteers.hours({ id: FixtureIds.volunteer })).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(resident.surveys.followUps({ id: FixtureIds.survey })).rejects.toBeInstanceOf(
      PermissionError,
    );
  });

  it('lists upcoming activities and signs up with capacity and a waitlist', async () => {
    const { resident } = fixture();
    const activities = await all(resident.activities.list({ limit: 2 }));
    expect(activities.map((activity) => activity.id)).not.toContain(FixtureIds.pastActivity);
    expect(activities).toHaveLength(6);
    const starts = activities.map((activity) => activity.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(activities[0]).toMatchObject({ title: '长者健康讲座：冬季防跌倒', open: false });

    const person = { name: '何婉儿', mobile: '13900001234', consent };
    const confirmed = await resident.activities.signup({ id: FixtureIds.activity, ...person });
    expect(confirmed).toMatchObject({ status: 'confirmed', waitlistPosition: null, placesLeft: 6 });
    await expect(
      resident.activities.signup({ id: FixtureIds.activity, ...person }),
    ).rejects.toMatchObject({ code: 'already_signed_up', status: 409 });
    const waiting = await resident.activities.signup({ id: FixtureIds.fullActivity, ...person });
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 3, placesLeft: 0 });
    const full = (await all(resident.activities.list())).find(
      (activity) => activity.id === FixtureIds.fullActivity,
    );
    expect(full).toMatchObject({ signedUp: 6, waitlisted: 3, open: true });

    await expect(
      resident.activities.signup({ id: FixtureIds.pastActivity, ...person }),
    ).rejects.toMatchObject({ code: 'activity_closed' });
    const asVolunteer = { ...requestExamples.signUpForActivity, volunteerId: FixtureIds.volunteer };
    expect(
      (await resident.activities.signup({ id: FixtureIds.activity, ...asVolunteer })).volunteerId,
    ).toBe(FixtureIds.volunteer);
    await expect(
      resident.activities.signup({
        id: FixtureIds.fullActivity,
        ...asVolunteer,
        mobile: '13900009999',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('registers volunteers with a code and a masked mobile, and records their hours', async () => {
    const { resident, staff } = fixture();
    const volunteer = await resident.volunteers.register({
      ...requestExamples.registerVolunteer,
      name: '陈嘉欣',
      mobile: '13812345678',
      idNumber: '11010519491231002X',
    });
    expect(volunteer).toMatchObject({
      code: 'PY-000005',
      mobile: '138****5678',
      idNumber: '110105********002X',
      minor: false,
    });
    const again = await rejection(
      resident.volunteers.register({
        ...requestExamples.registerVolunteer,
        name: '陈嘉欣',
        mobile: '13812345678',
        idNumber: undefined,
      }),
    );
    expect(again).toBeInstanceOf(ConflictError);
    expect(again).toMatchObject({ code: 'volunteer_exists', status: 409 });
    // 李志强 of the contract's example is registered already.
    await expect(
      resident.volunteers.register(requestExamples.registerVolunteer),
    ).rejects.toMatchObject({ code: 'volunteer_exists' });

    const record = await staff.serviceRecords.create(requestExamples.createServiceRecord);
    expect(record).toMatchObject({
      minutes: 150,
      halfHours: 5,
      activityId: FixtureIds.pastActivity,
    });
    const hours = await staff.volunteers.hours({ id: FixtureIds.volunteer });
    expect(hours.records.map((each) => each.id)).toEqual([
      record.id,
      'srv_jxHaircut0001',
      'srv_jxWiring0001',
    ]);
    expect(hours).toMatchObject({ servedHalfHours: 13, balanceHalfHours: 13 });
    await expect(
      staff.serviceRecords.create({
        ...requestExamples.createServiceRecord,
        volunteerId: 'vol_unknown000',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows the three funds, their disclosure, disbursements and masked ledger', async () => {
    const { resident } = fixture();
    const funds = await all(resident.funds.list({ street: FixtureIds.street }));
    expect(funds.map((fund) => fund.id).sort()).toEqual(
      [FixtureIds.directFund, FixtureIds.platformFund].sort(),
    );
    const everyFund = (await resident.funds.list()).data;
    const byId = Object.fromEntries(everyFund.map((fund) => [fund.id, fund]));
    expect(byId[FixtureIds.directFund]).toMatchObject({
      mode: 'direct',
      donatable: true,
      raisedFen: 756_600,
      donorCount: 11,
    });
    expect(byId[FixtureIds.directFund]?.disclosure?.certificateNumber).toContain('（演示）');
    expect(byId[FixtureIds.directFund]?.disclosure?.filingNumber).toContain('（演示）');
    expect(byId[FixtureIds.platformFund]).toMatchObject({
      mode: 'platform',
      donatable: false,
      platformName: '腾讯公益',
    });
    expect(byId[FixtureIds.undisclosedFund]).toMatchObject({ disclosure: null, donatable: false });

    const detail = await resident.funds.get({ id: FixtureIds.directFund });
    expect(detail.disbursements.map((each) => each.amountFen)).toEqual([250_000, 60_000, 38_000]);
    expect(detail.disbursedFen).toBe(348_000);
    const ledger = await all(resident.funds.ledger({ id: FixtureIds.directFund, limit: 4 }));
    expect(ledger).toHaveLength(11);
    expect(ledger.reduce((sum, entry) => sum + entry.amountFen, 0)).toBe(detail.raisedFen);
    expect(ledger.map((entry) => entry.donorName)).toEqual(
      expect.arrayContaining(['梁**', '匿名', '邓**']),
    );
    // 黄伟明 asked not to be named: the charity knows, the public does not.
    expect(ledger.map((entry) => entry.donorName)).not.toContain('黄**');
    await expect(resident.funds.get({ id: 'fund_doesNotExist' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('takes donations only where the Charity Law allows, and confirms them once', async () => {
    const { resident, staff } = fixture();
    const created = await resident.donations.create(requestExamples.createDonation);
    expect(created.donation).toMatchObject({
      status: 'pending',
      amountFen: 20_000,
      donorName: '匿名',
      receiptRequested: true,
    });
    expect(created.payment).toMatchObject({
      channel: 'offline',
      accountName: '广州市番禺区慈善会（演示）',
    });
    const platform = await rejection(
      resident.donations.create({
        ...requestExamples.createDonation,
        fundId: FixtureIds.platformFund,
      }),
    );
    expect(platform).toBeInstanceOf(ConflictError);
    expect(platform).toMatchObject({ code: 'fund_uses_platform', status: 409 });
    await expect(
      resident.donations.create({
        ...requestExamples.createDonation,
        fundId: FixtureIds.undisclosedFund,
      }),
    ).rejects.toMatchObject({ code: 'fund_not_donatable', status: 409 });
    const sandbox = await resident.donations.create({
      ...requestExamples.createDonation,
      channel: 'sandbox',
    });
    expect(sandbox.payment).toMatchObject({
      channel: 'sandbox',
      checkoutUrl: expect.stringContaining(sandbox.payment.reference),
    });

    const confirmed = await staff.donations.confirm({
      id: created.donation.id,
      ...requestExamples.confirmDonation,
    });
    expect(confirmed).toMatchObject({ status: 'succeeded', confirmedAt: expect.any(String) });
    // The donor's page learns the outcome by the donation's id.
    expect(await resident.donations.get({ id: created.donation.id })).toEqual(confirmed);
    expect(await resident.donations.get({ id: sandbox.donation.id })).toMatchObject({
      status: 'pending',
    });
    await expect(resident.donations.get({ id: 'don_doesNotExist' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await resident.funds.get({ id: FixtureIds.directFund })).toMatchObject({
      raisedFen: 776_600,
      donorCount: 12,
    });
    await expect(staff.donations.confirm({ id: created.donation.id })).rejects.toMatchObject({
      code: 'donation_not_pending',
    });
    await expect(
      staff.donations.confirm({ id: FixtureIds.pendingDonation, succeeded: false }),
    ).resolves.toMatchObject({ status: 'failed' });
    expect((await resident.funds.get({ id: FixtureIds.directFund })).raisedFen).toBe(776_600);
  });

  it('serves the survey, one response per token and subject, results and follow-ups', async () => {
    const { resident, staff } = fixture();
    const survey = await resident.surveys.get({ id: FixtureIds.survey });
    expect(survey.questions.map((question) => question.type)).toEqual([
      'rating',
      'nps',
      'single',
      'multi',
      'text',
    ]);

    const results = await resident.surveys.results({
      id: FixtureIds.survey,
      subject: FixtureIds.surveySubject,
    });
    expect(results).toMatchObject({ n: 24, suppressed: false, minimumN: 10 });
    const count = (question: QuestionResult | undefined, values: number[]) =>
      (question?.distribution ?? [])
        .filter((each) => values.includes(Number(each.value)))
        .reduce((sum, each) => sum + each.count, 0);
    const [overall, recommend] = results.questions;
    expect(overall?.n).toBe(24);
    expect(results.csat?.value).toBeCloseTo((count(overall, [4, 5]) / 24) * 100, 1);
    expect(results.nps?.value).toBeCloseTo(
      ((count(recommend, [9, 10]) - count(recommend, [0, 1, 2, 3, 4, 5, 6])) / 24) * 100,
      1,
    );
    expect(results.csat!.low).toBeLessThan(results.csat!.value);
    expect(results.csat!.high).toBeGreaterThan(results.csat!.value);

    const small = await resident.surveys.results({
      id: FixtureIds.survey,
      subject: FixtureIds.smallSurveySubject,
    });
    expect(small).toMatchObject({ n: 6, suppressed: true, csat: null, nps: null });
    expect(small.questions.every((question) => question.distribution === null)).toBe(true);
    const smallForStaff = await staff.surveys.results({
      id: FixtureIds.survey,
      subject: FixtureIds.smallSurveySubject,
    });
    expect(smallForStaff).toMatchObject({ n: 6, suppressed: false, csat: { value: 83.3 } });

    const response = await resident.surveys.respond({
      id: FixtureIds.survey,
      ...requestExamples.respondToSurvey,
    });
    expect(response).toMatchObject({
      surveyId: FixtureIds.survey,
      subjectId: FixtureIds.surveySubject,
    });
    const second = await rejection(
      resident.surveys.respond({ id: FixtureIds.survey, ...requestExamples.respondToSurvey }),
    );
    expect(second).toBeInstanceOf(ConflictError);
    expect(second).toMatchObject({ code: 'already_responded', status: 409 });
    expect(
      (await resident.surveys.results({ id: FixtureIds.survey, subject: FixtureIds.surveySubject }))
        .n,
    ).toBe(25);

    const followUps = await staff.surveys.followUps({ id: FixtureIds.survey });
    expect(followUps.data.map((each) => each.rating).sort()).toEqual([1, 2]);
    expect(followUps.data.every((each) => each.contact !== null && each.comment !== null)).toBe(
      true,
    );
  });
});

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

describe('the contract, as the server speaks it', () => {
  it('answers a bad request 400 validation_failed, naming each field', async () => {
    const { transport, resident } = fixture();
    const bad = {
      ...requestExamples.createNeed,
      title: '助',
      contact: { name: '陈秀英', mobile: '12345' },
    };
    const answer = await raw(transport, 'POST', '/v1/needs', { body: bad });
    expect(answer.status).toBe(400);
    expect(validate(ApiErrorBody, answer.json).success).toBe(true);
    expect(answer.json.error).toMatchObject({
      code: 'validation_failed',
      message: zhCN.errors.validation_failed,
    });
    expect(answer.json.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['title'], code: 'too_short' }),
        expect.objectContaining({
          path: ['contact', 'mobile'],
          code: 'mobile_format',
          message: zhCN.issues.mobile_format,
        }),
      ]),
    );
    expect(answer.headers.get('X-Request-Id')).toBe(answer.json.error.requestId);

    const unknown = await raw(transport, 'GET', '/v1/needs?colour=red');
    expect(unknown.json.error.issues).toEqual([
      expect.objectContaining({ path: ['colour'], code: 'unknown_field' }),
    ]);

    // Valid for the client, refused by the backend: a community of another district.
    const elsewhere = await rejection(
      resident.needs.create({ ...requestExamples.createNeed, communityId: '310105002001' }),
    );
    expect(elsewhere).toBeInstanceOf(ValidationError);
    expect(elsewhere).toMatchObject({
      status: 400,
      fieldErrors: { communityId: zhCN.issues.division_not_in_parent },
    });
    const cursor = await rejection(resident.needs.list({ cursor: 'not-a-cursor' }));
    expect(cursor).toMatchObject({
      status: 400,
      issues: [expect.objectContaining({ path: ['cursor'], code: 'invalid_format' })],
    });
  });

  it('words errors in English when the request asks for it', async () => {
    const client = createFixtureClient({ scenario: 'conflict', locale: 'en' });
    const refused = await rejection(
      client.needs.claim({ id: FixtureIds.openNeed, ...requestExamples.claimNeed }),
    );
    expect(refused).toMatchObject({
      code: 'need_already_claimed',
      message: en.errors.need_already_claimed,
    });
    const { transport } = fixture();
    const answer = await raw(transport, 'POST', '/v1/needs', {
      body: {},
      headers: { 'Accept-Language': 'en-GB,en;q=0.8' },
    });
    expect(answer.json.error.message).toBe(en.errors.validation_failed);
    expect(answer.json.error.issues).toContainEqual(
      expect.objectContaining({ path: ['title'], message: en.issues.required }),
    );
  });

  it('requires an Idempotency-Key for donations and replays the first answer for it', async () => {
    const { transport, resident } = fixture();
    const key = 'story-donation-0001';
    const first = await resident.donations.create(requestExamples.createDonation, {
      idempotencyKey: key,
    });
    const again = await resident.donations.create(requestExamples.createDonation, {
      idempotencyKey: key,
    });
    expect(again).toEqual(first);
    expect(again.requestId).not.toBe(first.requestId);
    const other = await rejection(
      resident.donations.create(
        { ...requestExamples.createDonation, amountFen: 50_000 },
        { idempotencyKey: key },
      ),
    );
    expect(other).toBeInstanceOf(IdempotencyError);
    expect(other).toMatchObject({ code: 'idempotency_key_reused', status: 422 });

    const body = requestExamples.createDonation;
    const once = await raw(transport, 'POST', '/v1/donations', {
      body,
      headers: { 'Idempotency-Key': 'raw-donation-0001' },
    });
    const twice = await raw(transport, 'POST', '/v1/donations', {
      body,
      headers: { 'Idempotency-Key': 'raw-donation-0001' },
    });
    expect(once.status).toBe(201);
    expect(twice.status).toBe(201);
    expect(twice.json).toEqual(once.json);
    expect(twice.headers.get('Idempotent-Replayed')).toBe('true');
    expect(once.headers.get('Idempotent-Replayed')).toBeNull();
    const keyless = await raw(transport, 'POST', '/v1/donations', { body });
    expect(keyless.status).toBe(400);
    expect(keyless.json.error.code).toBe('idempotency_key_required');
  });

  it('refuses missing or unknown keys, unknown paths and wrong methods', async () => {
    const { transport } = fixture();
    expect((await raw(transport, 'GET', '/v1/needs', { key: null })).json.error.code).toBe(
      'authentication_required',
    );
    expect((await raw(transport, 'GET', '/v1/needs', { key: 'not-a-key' })).status).toBe(401);
    const inPage = await raw(transport, 'GET', '/v1/needs', {
      key: FIXTURE_SECRET_KEY,
      headers: { Origin: 'https://portal.example' },
    });
    expect(inPage.json.error.code).toBe('secret_key_in_browser');
    expect((await raw(transport, 'GET', '/v1/nothing-here')).status).toBe(404);
    expect(
      (await raw(transport, 'DELETE', `/v1/needs/${FixtureIds.openNeed}`)).json.error.code,
    ).toBe('method_not_allowed');
  });

  it('fails loudly when fixture data would break the contract', async () => {
    const transport = createFixtureFetch({
      customize: (data) => {
        data.needs.find((need) => need.id === FixtureIds.openNeed)!.valueFen = 12.5;
      },
    });
    const error = await rejection(raw(transport, 'GET', '/v1/needs'));
    expect(error).toBeInstanceOf(FixtureContractError);
    expect((error as Error).message).toMatch(/listNeeds.*data\.\d+\.valueFen/);
    const client = createFixtureClient({ transport });
    await expect(client.needs.get({ id: FixtureIds.openNeed })).rejects.toMatchObject({
      cause: expect.any(FixtureContractError),
    });
  });
});

describe('live events', () => {
  function subscribe(
    client: WusheClient,
    query: Parameters<WusheClient['events']['subscribe']>[0],
  ) {
    const events: LiveEvent[] = [];
    const statuses: ConnectionStatus[] = [];
    const stop = client.events.subscribe(query, (event) => events.push(event), {
      onStatus: (status) => statuses.push(status),
    });
    return { events, statuses, stop };
  }

  it('delivers need.updated after a claim, only to streams that follow its place', async () => {
    const { resident } = fixture();
    const jinxiu = subscribe(resident, { community: FixtureIds.community });
    const nancunVillage = subscribe(resident, { community: '440113104002' });
    await vi.waitFor(() => expect(jinxiu.statuses).toContain('open'));
    await vi.waitFor(() => expect(nancunVillage.statuses).toContain('open'));

    await resident.needs.claim({ id: FixtureIds.openNeed, ...requestExamples.claimNeed });
    await vi.waitFor(() => expect(jinxiu.events).toHaveLength(1));
    expect(jinxiu.events[0]).toMatchObject({
      type: 'need.updated',
      data: {
        id: FixtureIds.openNeed,
        status: 'claimed',
        claim: { claimantName: '锦绣香江长者会' },
      },
    });
    expect(nancunVillage.events).toEqual([]);

    jinxiu.stop();
    nancunVillage.stop();
    await vi.waitFor(() => expect(jinxiu.statuses.at(-1)).toBe('closed'));
  });

  it('delivers fund.updated after a confirmed donation', async () => {
    const { resident, staff } = fixture();
    const fund = subscribe(resident, { fund: FixtureIds.directFund });
    await vi.waitFor(() => expect(fund.statuses).toContain('open'));
    const { donation } = await resident.donations.create(requestExamples.createDonation);
    await staff.donations.confirm({ id: donation.id });
    await vi.waitFor(() => expect(fund.events).toHaveLength(1));
    expect(fund.events[0]).toMatchObject({
      type: 'fund.updated',
      data: { id: FixtureIds.directFund, raisedFen: 776_600, donorCount: 12 },
    });
    fund.stop();
  });

  it('is a text/event-stream that stays open, replays after Last-Event-ID and ends on abort', async () => {
    const { transport, resident } = fixture();
    await resident.needs.claim({ id: FixtureIds.openNeed, ...requestExamples.claimNeed });
    const controller = new AbortController();
    const response = await transport(`${FIXTURE_BASE_URL}/v1/events`, {
      headers: { Authorization: `Bearer ${FIXTURE_PUBLISHABLE_KEY}`, 'Last-Event-ID': '0' },
      signal: controller.signal,
    });
    expect(response.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('event: need.updated'))
      text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/^retry: 3000\n/);
    expect(text).toContain('id: 1\nevent: need.updated\ndata: {');
    const reason = new Error('closed by the test');
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });
});
