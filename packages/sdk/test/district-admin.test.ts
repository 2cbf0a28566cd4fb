import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import {
  AuthenticationError,
  ConflictError,
  createClient,
  PermissionError,
  ValidationError,
} from '../src/index.js';

/* A district running itself through the SDK: funds, keys, settings and the work lists. */

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ staff: true });
});
afterAll(() => server.close());

const JINXIU = '440113104001';
const DIRECT_FUND = 'fund_Nc4Ps8Yd2M';
const DISCLOSURE = {
  organizationName: '广州市番禺区慈善会',
  creditCode: '53100000500021676K',
  certificateNumber: '粤民慈募证字〔2023〕017号',
  contact: '020-84800000',
};

const clientOf = (auth: { secretKey?: string; staffToken?: string; publishableKey?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, maxRetries: 0, ...auth });
const admin = () => clientOf({ secretKey: server.keys.secret });

async function streetStaff() {
  const signedIn = await clientOf({}).staff.signIn({
    login: 'nancun.staff',
    password: DEMO_STAFF_PASSWORD,
  });
  return clientOf({ staffToken: signedIn.session.token });
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code: string; issues: { path: (string | number)[] }[] };
  }
  throw new Error('expected the call to be refused');
}

describe('staffFunds', () => {
  it('refuses donatable naming the missing disclosure, accepts it when complete; a page then donates', async () => {
    const staff = await streetStaff();
    const fund = await staff.staffFunds.create({
      divisionId: JINXIU,
      name: '锦绣香江长者关爱基金',
      mode: 'direct',
      targetFen: 500_000,
      disclosure: DISCLOSURE,
    });
    expect(fund.missingDisclosure).toEqual(['filingNumber', 'lookupUrl']);

    const refused = await rejection(staff.staffFunds.update({ id: fund.id, donatable: true }));
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.code).toBe('fund_disclosure_incomplete');
    expect(refused.issues.map((issue) => issue.path)).toEqual([
      ['disclosure', 'filingNumber'],
      ['disclosure', 'lookupUrl'],
    ]);

    const ready = await staff.staffFunds.update({
      id: fund.id,
      donatable: true,
      disclosure: {
        filingNumber: '53440113MJL123456X2026009',
        lookupUrl: 'https://cszg.mca.gov.cn/',
      },
    });
    expect(ready.donatable).toBe(true);

    const page = clientOf({ publishableKey: server.keys.publishable });
    const donated = await page.donations.create({
      fundId: fund.id,
      amountFen: 10_000,
      donor: { anonymous: true },
      channel: 'offline',
      consent: { policyVersion: '2026-01', agreed: true },
    });
    expect(donated.donation.status).toBe('pending');
  });

  it('disburses within the balance and refuses more than the fund holds', async () => {
    const staff = await streetStaff();
    const before = await admin().funds.get({ id: DIRECT_FUND });
    const paid = await staff.staffFunds.disburse({
      id: DIRECT_FUND,
      amountFen: 100,
      purpose: '社区长者生日会',
      recipient: '锦绣香江社区长者',
    });
    expect(paid.fundId).toBe(DIRECT_FUND);
    const held = before.raisedFen - before.disbursedFen - 100;
    const refused = await rejection(
      staff.staffFunds.disburse({
        id: DIRECT_FUND,
        amountFen: held + 1,
        purpose: '超支',
        recipient: '无',
      }),
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.code).toBe('insufficient_fund_balance');
  });
});

describe('keys', () => {
  it('creates a key shown once, lists it without the key, and a revoked key is refused at once', async () => {
    const created = await admin().keys.create({
      kind: 'publishable',
      origins: ['https://www.panyu.gov.cn'],
    });
    const page = clientOf({ publishableKey: created.key });
    expect((await page.divisions.list()).streets.length).toBeGreaterThan(0);
    const listed = await admin().keys.list();
    expect(listed.data.map((key) => key.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await admin().keys.revoke({ id: created.id });
    await expect(page.divisions.list()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('street staff are refused with PermissionError', async () => {
    const staff = await streetStaff();
    await expect(staff.keys.list()).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('settings', () => {
  it('reads the defaults, saves a holiday year, and names bad fields', async () => {
    const settings = await admin().settings.get();
    expect(settings.points.annualCapHours).toBe(1500);
    const saved = await admin().settings.update({
      holidays: [{ year: 2026, daysOff: ['2026-10-01'], workdays: ['2026-10-10'] }],
    });
    // The demo entered 2025 and 2026: the year sent replaces its own, the other stays.
    expect(saved.holidays.map((year) => year.year)).toEqual([2025, 2026]);
    expect(saved.holidays[1]!.daysOff).toEqual(['2026-10-01']);
    // The SDK checks the body with the contract before sending.
    const bad = await rejection(admin().settings.update({ points: { annualCapHours: 0 } }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.issues[0]!.path).toEqual(['points', 'annualCapHours']);
  });
});

describe('queue', () => {
  it('lists the pending pledges of the street oldest first, with the counts of every list', async () => {
    const staff = await streetStaff();
    const page = await staff.queue.list({ kind: 'donations_pending' });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((item) => item.kind === 'donations_pending')).toBe(true);
    const since = page.data.map((item) => item.since);
    expect(since).toEqual([...since].sort());
    expect(page.counts.donations_pending).toBe(page.data.length);
    expect(Object.keys(page.counts).sort()).toEqual([
      'donations_pending',
      'follow_ups',
      'needs_reported',
      'needs_review',
      'proposals_to_score',
    ]);
  });
});
