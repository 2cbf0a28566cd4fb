import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { donations } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { DISCLOSURE, donationBody, idempotency, insertFund, insertNeed } from './funds-fixtures.js';
import { donationHelpers } from './donations-fixtures.js';

/** Creating a donation: offline pledges, sandbox payments, idempotency and refusals. */

const h = useHarness();
const { donate, fundRow } = donationHelpers(h);

describe('POST /v1/donations', () => {
  it('creates a pending offline pledge with the district account and a quotable reference', async () => {
    const fund = await insertFund(h);
    const response = await donate(
      donationBody(fund.id, { receipt: { title: '王小明' }, amountFen: 8_800 }),
    );
    expect(response.status).toBe(201);
    const { donation, payment } = response.body;
    expect(donation).toMatchObject({
      fundId: fund.id,
      needId: null,
      amountFen: 8_800,
      status: 'pending',
      channel: 'offline',
      donorName: '王**',
      receiptRequested: true,
      confirmedAt: null,
    });
    expect(donation.id).toMatch(/^don_/);
    expect(payment).toMatchObject({
      channel: 'offline',
      accountName: '广州市番禺区慈善会',
      bankName: '中国工商银行广州番禺支行',
      accountNumber: '3602 0000 0000 0000 000',
    });
    expect(payment.reference).toMatch(/^WS\d{8}[2-9A-HJKMNP-Z]{10}$/);
    expect(payment.note).toContain(payment.reference);

    const [row] = await h.db.select().from(donations).where(eq(donations.id, donation.id));
    expect(row).toMatchObject({
      reference: payment.reference,
      donorName: '王小明',
      donorMobile: '13700001111',
      receipt: { title: '王小明' },
      districtCode: '440113',
    });
    // Creating moves nothing: only a confirmation does.
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0, donorCount: 0 });
  });

  it('hands a sandbox donation its checkout URL, and accepts a wish of the district', async () => {
    const fund = await insertFund(h);
    for (const status of ['open', 'claimed']) {
      const wish = await insertNeed(h, { status });
      const response = await donate(
        donationBody(fund.id, { channel: 'sandbox', needId: wish.id, donor: { anonymous: true } }),
      );
      expect(response.status).toBe(201);
      expect(response.body.donation).toMatchObject({ needId: wish.id, donorName: '匿名' });
      expect(response.body.payment.checkoutUrl).toBe(
        `http://127.0.0.1:8787/sandbox/checkout/${response.body.payment.reference}`,
      );
    }
  });

  it('replays the first response for the same key and body, without a second row', async () => {
    const fund = await insertFund(h);
    const headers = idempotency();
    const first = await donate(donationBody(fund.id), headers);
    const again = await donate(donationBody(fund.id), headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await h.db.select().from(donations)).toHaveLength(1);
  });

  it('50 concurrent requests with one key create exactly one donation', async () => {
    const fund = await insertFund(h);
    const headers = idempotency();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => donate(donationBody(fund.id), headers)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array<number>(50).fill(201));
    const ids = new Set(responses.map((r) => r.body.donation.id as string));
    expect(ids.size).toBe(1);
    const rows = await h.db.select().from(donations);
    expect(rows.map((row) => row.id)).toEqual([...ids]);
  });

  it('400 idempotency_key_required without an Idempotency-Key', async () => {
    const fund = await insertFund(h);
    const response = await donate(donationBody(fund.id), {} as ReturnType<typeof idempotency>);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('idempotency_key_required');
    expect(await h.db.select().from(donations)).toHaveLength(0);
  });

  it('422 idempotency_key_reused for the same key with another body', async () => {
    const fund = await insertFund(h);
    const headers = idempotency();
    expect((await donate(donationBody(fund.id), headers)).status).toBe(201);
    const response = await donate(donationBody(fund.id, { amountFen: 9_900 }), headers);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('idempotency_key_reused');
  });

  it('400 validation_failed for a bad amount or a nameless, non-anonymous donor', async () => {
    const fund = await insertFund(h);
    const response = await donate(
      donationBody(fund.id, { amountFen: 50, donor: { anonymous: false } }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    const paths = response.body.error.issues.map((issue: { path: string[] }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([['amountFen'], ['donor', 'name']]));
  });

  it("records the privacy notice's version the donor consented to, and refuses a gift without consent", async () => {
    const fund = await insertFund(h);
    const given = await donate(
      donationBody(fund.id, { consent: { policyVersion: '2026-03', agreed: true } }),
    );
    expect(given.status).toBe(201);
    const [row] = await h.db
      .select({ consentVersion: donations.consentVersion })
      .from(donations)
      .where(eq(donations.id, given.body.donation.id));
    expect(row?.consentVersion).toBe('2026-03');

    const refused = await donate(
      donationBody(fund.id, { consent: { policyVersion: '2026-03', agreed: false } }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0]).toMatchObject({
      path: ['consent', 'agreed'],
      code: 'consent_required',
    });
    const missing = await donate(donationBody(fund.id, { consent: undefined }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toEqual(['consent']);
  });

  it('400 at channel for a channel with no provider, or offline without a district account', async () => {
    const fund = await insertFund(h);
    const noProvider = await donate(donationBody(fund.id, { channel: 'wechat_pay' }));
    expect(noProvider.status).toBe(400);
    expect(noProvider.body.error.issues).toEqual([
      expect.objectContaining({ path: ['channel'], code: 'invalid_choice' }),
    ]);
    expect(noProvider.body.error.issues[0].params.values).toEqual(['offline', 'sandbox']);

    // 长宁区 has no offline account configured: a pledge would have nowhere to go.
    const changning = await insertFund(h, {
      districtCode: '310105',
      streetCode: null,
      communityCode: null,
    });
    const offline = await donate(donationBody(changning.id), idempotency(), h.keys.otherSk);
    expect(offline.status).toBe(400);
    expect(offline.body.error.issues[0]).toMatchObject({ path: ['channel'] });
    expect(offline.body.error.issues[0].params.values).toEqual(['sandbox']);
    const sandbox = await donate(
      donationBody(changning.id, { channel: 'sandbox' }),
      idempotency(),
      h.keys.otherSk,
    );
    expect(sandbox.status).toBe(201);
  });

  it('401 without a key', async () => {
    const fund = await insertFund(h);
    const response = await h.request('POST', '/v1/donations', {
      key: null,
      body: donationBody(fund.id),
      headers: idempotency(),
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });

  it("404 not_found for an unknown fund or another district's", async () => {
    const other = await insertFund(h, {
      districtCode: '310105',
      streetCode: null,
      communityCode: null,
    });
    for (const fundId of ['fund_doesNotExist123', other.id]) {
      const response = await donate(donationBody(fundId));
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });

  it('404 not_found for a need that is not an open or claimed wish of the district', async () => {
    const fund = await insertFund(h);
    const needs = [
      await insertNeed(h, { kind: 'service', valueFen: null }),
      await insertNeed(h, { status: 'pending_review' }),
      await insertNeed(h, { status: 'fulfilled' }),
      await insertNeed(h, { hidden: true }),
      await insertNeed(h, {
        districtCode: '310105',
        streetCode: '310105002',
        communityCode: '310105002001',
      }),
    ];
    for (const need of needs) {
      const response = await donate(donationBody(fund.id, { needId: need.id }));
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect(await h.db.select().from(donations)).toHaveLength(0);
  });

  it('409 fund_uses_platform for a platform fund', async () => {
    const fund = await insertFund(h, {
      mode: 'platform',
      platformName: '腾讯公益',
      platformUrl: 'https://gongyi.qq.com/succor/detail.htm?id=1',
    });
    const response = await donate(donationBody(fund.id));
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('fund_uses_platform');
  });

  it('409 fund_not_donatable without a complete disclosure, or when closed', async () => {
    const funds = [
      await insertFund(h, { disclosure: null }),
      await insertFund(h, { disclosure: { ...DISCLOSURE, lookupUrl: 'not a url' } }),
      await insertFund(h, { open: false }),
    ];
    for (const fund of funds) {
      const response = await donate(donationBody(fund.id));
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('fund_not_donatable');
    }
  });
});
