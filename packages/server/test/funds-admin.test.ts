import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, funds } from '../src/db/tables/index.js';
import { CONSENT, useHarness } from './harness.js';
import { DISCLOSURE, donationBody, idempotency, insertFund, insertNeed } from './funds-fixtures.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN = '440113104';
const XIANFENG = '440113001001';

interface Issue {
  path: (string | number)[];
  code: string;
}

async function tokenOf(login: string, roles: Parameters<typeof insertStaff>[1]['roles']) {
  const staff = await insertStaff(h, { login, roles });
  return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
}
const streetStaff = () => tokenOf('nancun.street', [{ role: 'street_staff', scope: NANCUN }]);

const createFund = (key: string, body: Record<string, unknown>) =>
  h.request('POST', '/v1/funds', { key, body });
const patchFund = (key: string, id: string, body: Record<string, unknown>) =>
  h.request('PATCH', `/v1/funds/${id}`, { key, body });
const disburse = (key: string, id: string, body: Record<string, unknown>) =>
  h.request('POST', `/v1/funds/${id}/disbursements`, { key, body });

const paths = (issues: Issue[]) => issues.map((issue) => issue.path.join('.'));

describe('POST /v1/funds and PATCH /v1/funds/{id}', () => {
  it('refuses donatable with the missing disclosure as issue paths, accepts it once complete, and a publishable key then donates', async () => {
    const staff = await streetStaff();
    const { filingNumber: _filing, lookupUrl: _lookup, ...partial } = DISCLOSURE;

    const refused = await createFund(staff.token, {
      divisionId: JINXIU,
      name: '锦绣香江社区慈善基金',
      mode: 'direct',
      targetFen: 1_000_000,
      disclosure: partial,
      donatable: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('fund_disclosure_incomplete');
    expect(paths(refused.body.error.issues)).toEqual([
      'disclosure.filingNumber',
      'disclosure.lookupUrl',
    ]);

    // Saved as a draft: not donatable, and the checklist names what is missing.
    const draft = await createFund(staff.token, {
      divisionId: JINXIU,
      name: '锦绣香江社区慈善基金',
      mode: 'direct',
      targetFen: 1_000_000,
      disclosure: partial,
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      communityId: JINXIU,
      streetId: NANCUN,
      donatable: false,
      open: false,
      disclosure: null,
      missingDisclosure: ['filingNumber', 'lookupUrl'],
    });
    const id = draft.body.id as string;
    const notYet = await h.request('POST', '/v1/donations', {
      body: donationBody(id),
      headers: idempotency(),
    });
    expect(notYet.body.error.code).toBe('fund_not_donatable');

    const stillMissing = await patchFund(staff.token, id, {
      disclosure: { filingNumber: DISCLOSURE.filingNumber },
      donatable: true,
    });
    expect(stillMissing.status).toBe(409);
    expect(paths(stillMissing.body.error.issues)).toEqual(['disclosure.lookupUrl']);

    const complete = await patchFund(staff.token, id, {
      disclosure: { filingNumber: DISCLOSURE.filingNumber, lookupUrl: DISCLOSURE.lookupUrl },
      donatable: true,
    });
    expect(complete.status).toBe(200);
    expect(complete.body).toMatchObject({
      donatable: true,
      missingDisclosure: [],
      disclosure: DISCLOSURE,
    });

    const donated = await h.request('POST', '/v1/donations', {
      body: { ...donationBody(id), consent: CONSENT },
      headers: idempotency(),
    });
    expect(donated.status).toBe(201);
    expect(donated.body.donation.fundId).toBe(id);

    const actions = await h.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(actions.map((entry) => [entry.action, entry.accountId, entry.role])).toEqual([
      ['fund.create', staff.id, 'street_staff'],
      ['fund.update', staff.id, 'street_staff'],
    ]);
  });

  it('a platform fund is never donatable here, however complete its disclosure', async () => {
    const staff = await streetStaff();
    const refused = await createFund(staff.token, {
      divisionId: NANCUN,
      name: '南村镇社区基金',
      mode: 'platform',
      targetFen: 1_000_000,
      disclosure: DISCLOSURE,
      platformName: '腾讯公益',
      platformUrl: 'https://gongyi.example.org/campaigns/nancun',
      donatable: true,
    });
    expect(refused.status).toBe(409);
    expect(paths(refused.body.error.issues)).toEqual(['mode']);
    const noCampaign = await createFund(staff.token, {
      divisionId: NANCUN,
      name: '南村镇社区基金',
      mode: 'platform',
      targetFen: 1_000_000,
    });
    expect(noCampaign.status).toBe(400);
    expect(paths(noCampaign.body.error.issues)).toEqual(['platformUrl']);
  });

  it('closing a fund (donatable: false) stops donations; a cleared disclosure field makes it not donatable', async () => {
    const staff = await streetStaff();
    const fund = await insertFund(h);
    const closed = await patchFund(staff.token, fund.id, { donatable: false });
    expect(closed.body).toMatchObject({ open: false, donatable: false, missingDisclosure: [] });
    const reopened = await patchFund(staff.token, fund.id, {
      donatable: true,
      disclosure: { contact: null },
    });
    expect(reopened.status).toBe(409);
    expect(paths(reopened.body.error.issues)).toEqual(['disclosure.contact']);
    const [row] = await h.db.select().from(funds).where(eq(funds.id, fund.id));
    expect(row!.open).toBe(false); // the refused change left nothing behind
  });

  it('street staff are refused another street’s fund and the district’s, 403 and audited; community staff may not edit funds', async () => {
    const staff = await streetStaff();
    const elsewhere = await insertFund(h, { streetCode: '440113001', communityCode: XIANFENG });
    const refused = await patchFund(staff.token, elsewhere.id, { name: '改名' });
    expect(refused.status).toBe(403);
    const create = await createFund(staff.token, {
      divisionId: '440113',
      name: '番禺区慈善基金',
      mode: 'direct',
      targetFen: 1,
    });
    expect(create.status).toBe(403);
    const community = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const own = await insertFund(h);
    expect((await patchFund(community.token, own.id, { name: '改名' })).status).toBe(403);

    const refusals = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'permission.refused'));
    expect(refusals.map((entry) => entry.subjectId)).toEqual([
      'updateFund',
      'createFund',
      'updateFund',
    ]);
    // Another district's fund does not exist for this caller.
    const changning = await insertFund(h, {
      districtCode: '310105',
      streetCode: '310105002',
      communityCode: '310105002001',
    });
    expect((await patchFund(staff.token, changning.id, { name: '改名' })).status).toBe(404);
  });
});

describe('POST /v1/funds/{id}/disbursements', () => {
  it('records a public use of money on the fund’s ledger, for a need', async () => {
    const staff = await streetStaff();
    const fund = await insertFund(h, { raisedFen: 100_000 });
    const need = await insertNeed(h);
    const paid = await disburse(staff.token, fund.id, {
      amountFen: 30_000,
      purpose: '一套新课桌椅',
      recipient: '锦绣香江社区一户困难家庭',
      needId: need.id,
      paidAt: '2026-12-05T02:00:00Z',
    });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({
      fundId: fund.id,
      amountFen: 30_000,
      needId: need.id,
      projectId: null,
    });
    const detail = await h.request('GET', `/v1/funds/${fund.id}`);
    expect(detail.body.disbursedFen).toBe(30_000);
    expect(detail.body.disbursements).toEqual([paid.body]);
    const unknownNeed = await disburse(staff.token, fund.id, {
      amountFen: 1,
      purpose: 'x',
      recipient: 'y',
      needId: 'need_0000000000000000',
    });
    expect(unknownNeed.status).toBe(404);
  });

  it('never pays out more than the fund holds, and says how much it holds', async () => {
    const staff = await streetStaff();
    const fund = await insertFund(h, { raisedFen: 50_000, disbursedFen: 20_000 });
    const over = await disburse(staff.token, fund.id, {
      amountFen: 30_001,
      purpose: '长者慰问',
      recipient: '独居长者',
    });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('insufficient_fund_balance');
    expect(over.body.error.issues[0]).toMatchObject({
      path: ['amountFen'],
      code: 'too_big',
      params: { maximum: 30_000 },
    });
    const exact = await disburse(staff.token, fund.id, {
      amountFen: 30_000,
      purpose: '长者慰问',
      recipient: '独居长者',
    });
    expect(exact.status).toBe(201);
  });

  it('two disbursements racing for the last of the money: one is paid, the other refused', async () => {
    const staff = await streetStaff();
    const fund = await insertFund(h, { raisedFen: 100_000 });
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        disburse(staff.token, fund.id, {
          amountFen: 60_000,
          purpose: `第 ${i + 1} 笔`,
          recipient: '困难家庭',
        }),
      ),
    );
    expect(attempts.map((each) => each.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const [row] = await h.db.select().from(funds).where(eq(funds.id, fund.id));
    expect(row!.disbursedFen).toBe(60_000);
    const detail = await h.request('GET', `/v1/funds/${fund.id}`);
    expect(detail.body.disbursements).toHaveLength(1);
  });

  it('community staff are refused, 403', async () => {
    const community = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const fund = await insertFund(h, { raisedFen: 100_000 });
    const refused = await disburse(community.token, fund.id, {
      amountFen: 1,
      purpose: 'x',
      recipient: 'y',
    });
    expect(refused.status).toBe(403);
  });
});

describe('GET /v1/staff/funds', () => {
  it('lists the funds of a street and its communities as staff edit them, each with its checklist; another street is refused', async () => {
    const staff = await streetStaff();
    const { filingNumber: _filing, ...partial } = DISCLOSURE;
    // The column is free JSON: a draft stores the disclosure entered so far.
    const draft = await insertFund(h, {
      name: '锦绣香江长者基金',
      disclosure: partial as typeof DISCLOSURE,
      open: false,
    });
    const complete = await insertFund(h, {
      name: '南村镇慈善基金',
      communityCode: null,
      open: true,
    });
    const elsewhere = await insertFund(h, { streetCode: '440113001', communityCode: XIANFENG });

    const listed = await h.request('GET', `/v1/staff/funds?division=${NANCUN}`, {
      key: staff.token,
    });
    expect(listed.status).toBe(200);
    const byId = new Map(
      (listed.body.data as { id: string }[]).map((fund) => [fund.id, fund] as const),
    );
    expect(byId.get(draft.id)).toMatchObject({
      open: false,
      donatable: false,
      disclosure: null,
      missingDisclosure: ['filingNumber'],
      disclosureDraft: { organizationName: DISCLOSURE.organizationName },
    });
    expect(byId.get(complete.id)).toMatchObject({
      open: true,
      donatable: true,
      missingDisclosure: [],
    });
    expect(byId.has(elsewhere.id)).toBe(false);

    const community = await h.request('GET', `/v1/staff/funds?division=${JINXIU}`, {
      key: staff.token,
    });
    expect((community.body.data as { id: string }[]).map((fund) => fund.id)).toEqual([draft.id]);

    const refused = await h.request('GET', '/v1/staff/funds?division=440113001', {
      key: staff.token,
    });
    expect(refused.status).toBe(403);
    const communityStaff = await tokenOf('chen.xiaohong', [
      { role: 'community_staff', scope: JINXIU },
    ]);
    const notAnEditor = await h.request('GET', `/v1/staff/funds?division=${JINXIU}`, {
      key: communityStaff.token,
    });
    expect(notAnEditor.status).toBe(403);
  });
});
