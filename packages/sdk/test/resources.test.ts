import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestExamples } from '@wushe/schema/examples';
import { responses } from '@wushe/schema';
import {
  ConflictError,
  createClient,
  NeedsResource,
  NotFoundError,
  PermissionError,
  Requester,
  ValidationError,
  type WusheClient,
} from '../src/index.js';
import { startTestServer, type TestServer } from '@wushe/server/testing';

let server: TestServer;
let resident: WusheClient;
let staff: WusheClient;

beforeAll(async () => {
  server = await startTestServer();
  // Responses are checked against the contract here: a drift between server and SDK fails a test.
  resident = createClient({
    baseUrl: server.apiBase,
    publishableKey: server.keys.publishable,
    responseSchemas: responses,
  });
  staff = createClient({
    baseUrl: server.apiBase,
    secretKey: server.keys.secret,
    responseSchemas: responses,
  });
});
afterAll(() => server.close());

const consent = { policyVersion: '2026-01', agreed: true } as const;

describe('divisions and organizations', () => {
  it('reads the district tree with its request id', async () => {
    const tree = await resident.divisions.list();
    expect(tree.name).toBe('番禺区');
    expect(tree.streets.flatMap((street) => street.communities).map((c) => c.name)).toContain(
      '锦绣香江社区',
    );
    expect(tree.requestId).toMatch(/^req_/);
    expect(Object.keys(tree)).not.toContain('requestId');
  });

  it('iterates every organization across pages', async () => {
    const firstPage = await resident.organizations.list({ limit: 5 });
    expect(firstPage.data).toHaveLength(5);
    const all = [];
    for await (const organization of resident.organizations.list({ limit: 5 }))
      all.push(organization.id);
    expect(all.length).toBeGreaterThan(5);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('needs', () => {
  it('lists, searches and gets public needs', async () => {
    const page = await resident.needs.list({ limit: 3 });
    expect(page.data).toHaveLength(3);
    expect(page.nextCursor).toBeTypeOf('string');
    const found = await resident.needs.list({ q: '长者' });
    expect(found.data.length).toBeGreaterThan(0);
    const one = await resident.needs.get({ id: page.data[0]!.id });
    expect(one.id).toBe(page.data[0]!.id);
  });

  it('posts, publishes, claims and reports a need; a second claim is a ConflictError', async () => {
    const need = await resident.needs.create({
      ...requestExamples.createNeed,
      title: 'SDK 测试：为长者修理轮椅',
    });
    expect(need.status).toBe('pending_review');
    await expect(resident.needs.get({ id: need.id })).rejects.toBeInstanceOf(NotFoundError);
    const published = await staff.needs.update({ id: need.id, status: 'open' });
    expect(published.status).toBe('open');
    const claim = await resident.needs.claim({ id: need.id, ...requestExamples.claimNeed });
    expect(claim.status).toBe('active');
    const second = resident.needs.claim({ id: need.id, ...requestExamples.claimNeed });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toMatchObject({ code: 'need_already_claimed', status: 409 });
    const report = await resident.needs.report({
      id: need.id,
      reason: 'spam',
      reporterToken: 'sdk-reporter-token-0001',
    });
    expect(report.reason).toBe('spam');
  });

  it('refuses staff actions with a publishable key', async () => {
    const page = await resident.needs.list({ limit: 1 });
    await expect(
      resident.needs.update({ id: page.data[0]!.id, status: 'closed', reason: 'x' }),
    ).rejects.toBeInstanceOf(PermissionError);
  });

  it('finds field errors before sending, with the same issues the server gives', async () => {
    const bad = { ...requestExamples.createNeed, contact: { name: '陈', mobile: '12345' } };
    const local = await resident.needs.create(bad).catch((error: unknown) => error);
    expect(local).toBeInstanceOf(ValidationError);
    expect((local as ValidationError).status).toBe(0);
    expect((local as ValidationError).fieldErrors['contact.mobile']).toBe(
      '请填写 11 位手机号码，如 13800138000',
    );
    const response = await fetch(`${server.apiBase}/v1/needs`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${server.keys.publishable}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(bad),
    });
    const remote = (await response.json()) as { error: { issues: unknown[] } };
    expect(remote.error.issues).toEqual((local as ValidationError).issues);
  });

  it('words its own field errors in the client locale', async () => {
    const { enIssues } = await import('@wushe/schema');
    const english = createClient({
      baseUrl: server.apiBase,
      publishableKey: server.keys.publishable,
      locale: 'en',
      issueMessages: enIssues,
    });
    const error = (await english.needs
      .create({ ...requestExamples.createNeed, title: 'x' })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors.title).toBe('Use at least 4 characters');
    const remote = (await english.needs
      .get({ id: 'need_0000000000000000' })
      .catch((e: unknown) => e)) as NotFoundError;
    expect(remote.message).toBe('Not found');
  });

  it('works as a single resource on a Requester, for small bundles', async () => {
    const needs = new NeedsResource(
      new Requester({ baseUrl: server.apiBase, publishableKey: server.keys.publishable }),
    );
    expect((await needs.list({ limit: 1 })).data).toHaveLength(1);
  });
});

describe('volunteers, activities and the time bank', () => {
  it('registers a volunteer, once', async () => {
    const volunteer = await resident.volunteers.register({
      ...requestExamples.registerVolunteer,
      mobile: '13912340001',
    });
    expect(volunteer.code).toMatch(/^PY-\d+/);
    expect(volunteer.mobile).toBe('139****0001');
    await expect(
      resident.volunteers.register({
        ...requestExamples.registerVolunteer,
        mobile: '13912340001',
        idNumber: undefined,
      }),
    ).rejects.toMatchObject({
      code: 'volunteer_exists',
    });
  });

  it('signs up for an activity and records hours', async () => {
    const upcoming = [];
    for await (const activity of resident.activities.list())
      if (activity.open) upcoming.push(activity);
    const activity = upcoming.find((a) => a.signedUp < a.capacity)!;
    const signup = await resident.activities.signup({
      id: activity.id,
      name: '测试居民',
      mobile: '13912340002',
      consent,
    });
    expect(signup.status).toBe('confirmed');
    const after = await resident.activities.get({ id: activity.id });
    expect(after).toMatchObject({ id: activity.id, signedUp: activity.signedUp + 1 });
    expect(after.requestId).toMatch(/\S/);
    await expect(resident.activities.get({ id: 'act_0000000000000000' })).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
    });
    const volunteer = await resident.volunteers.register({
      ...requestExamples.registerVolunteer,
      mobile: '13912340003',
      idNumber: undefined,
    });
    const record = await staff.serviceRecords.create({
      volunteerId: volunteer.id,
      servedOn: '2026-11-14',
      minutes: 100,
      content: '陪伴长者聊天',
    });
    expect(record.halfHours).toBe(3); // 1 h + 40 min: the 40 minutes count half an hour
    const hours = await staff.volunteers.hours({ id: volunteer.id });
    expect(hours.balanceHalfHours).toBe(3);
  });
});

describe('funds and donations', () => {
  it('lists funds, reads one with its ledger, gives and confirms', async () => {
    const funds = await resident.funds.list();
    const fund = funds.data.find((f) => f.donatable)!;
    const detail = await resident.funds.get({ id: fund.id });
    expect(detail.disclosure?.organizationName).toBeTruthy();
    const ledger = await resident.funds.ledger({ id: fund.id, limit: 5 });
    expect(ledger.data.length).toBeGreaterThan(0);
    const { donation, payment } = await resident.donations.create({
      ...requestExamples.createDonation,
      fundId: fund.id,
    });
    expect(donation.status).toBe('pending');
    expect(payment.channel).toBe('offline');
    const confirmed = await staff.donations.confirm({ id: donation.id });
    expect(confirmed.status).toBe('succeeded');
    const after = await resident.funds.get({ id: fund.id });
    expect(after.raisedFen).toBe(detail.raisedFen + donation.amountFen);
  });

  it('refuses a platform-mode fund with a ConflictError', async () => {
    const funds = await resident.funds.list();
    const platform = funds.data.find((f) => f.mode === 'platform')!;
    await expect(
      resident.donations.create({ ...requestExamples.createDonation, fundId: platform.id }),
    ).rejects.toMatchObject({
      code: 'fund_uses_platform',
    });
  });
});

describe('surveys', () => {
  it('reads a survey, answers it once, reads results and follow-ups', async () => {
    const survey = await resident.surveys.get({ id: 'svy_Qm2Rt7Vb4X' }).catch(() => undefined);
    const surveyId = survey?.id ?? (await findSurvey());
    const definition = await resident.surveys.get({ id: surveyId });
    const answers = definition.questions.map((question) => ({
      questionId: question.id,
      value:
        question.type === 'rating'
          ? 5
          : question.type === 'nps'
            ? 10
            : question.type === 'single'
              ? question.options[0]!.id
              : question.type === 'multi'
                ? [question.options[0]!.id]
                : '很好',
    }));
    const subjectId = 'prj_Wd5Ha2Jr7N';
    const response = await resident.surveys.respond({
      id: surveyId,
      respondentToken: 'sdk-respondent-0001',
      subjectId,
      answers,
    });
    expect(response.subjectId).toBe(subjectId);
    await expect(
      resident.surveys.respond({
        id: surveyId,
        respondentToken: 'sdk-respondent-0001',
        subjectId,
        answers,
      }),
    ).rejects.toMatchObject({
      code: 'already_responded',
    });
    const results = await resident.surveys.results({ id: surveyId, subject: subjectId });
    expect(results.n).toBeGreaterThanOrEqual(10);
    expect(results.csat?.value).toBeGreaterThan(0);
    const followUps = await staff.surveys.followUps({ id: surveyId });
    expect(Array.isArray(followUps.data)).toBe(true);
  });
});

async function findSurvey(): Promise<string> {
  const rows = await server.database.db.query.surveys.findMany();
  return rows.find((row) => row.subjectType === 'project')!.id;
}
