import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../src/db/database.js';
import { auditLog, donations, events, funds } from '../src/db/tables/index.js';
import { signPayload } from '../src/http/signature.js';
import { createHarness, type Harness } from './harness.js';
import {
  DISCLOSURE,
  donationBody,
  idempotency,
  insertDonation,
  insertFund,
  insertNeed,
} from './funds-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const donate = (body: unknown, headers = idempotency(), key?: string) =>
  h.request('POST', '/v1/donations', { body, headers, ...(key ? { key } : {}) });

const confirm = (id: string, body: unknown = {}, key = h.keys.sk) =>
  h.request('POST', `/v1/donations/${id}/confirm`, { body, key });

/** A provider callback: no key, the body signed with the sandbox signing key at `time`. */
function signedConfirm(id: string, body: object, time = Math.floor(Date.now() / 1000)) {
  const raw = JSON.stringify(body);
  return h.request('POST', `/v1/donations/${id}/confirm`, {
    key: null,
    raw,
    headers: { 'Wushe-Signature': signPayload(h.secrets.signingKey, raw, time) },
  });
}

async function fundRow(id: string) {
  const [row] = await h.db.select().from(funds).where(eq(funds.id, id));
  return row!;
}

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

describe('POST /v1/donations/{id}/confirm', () => {
  it('credits the fund once, writes fund.updated and audits the staff confirmation', async () => {
    const fund = await insertFund(h, { raisedFen: 1_000, donorCount: 1 });
    const created = await donate(donationBody(fund.id, { amountFen: 12_345 }));
    const id = created.body.donation.id as string;
    const response = await confirm(id, { providerReference: 'ICBC20261122001', note: '已到账' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, status: 'succeeded', amountFen: 12_345 });
    expect(Date.parse(response.body.confirmedAt)).not.toBeNaN();
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 13_345, donorCount: 2 });

    const [event] = await h.db.select().from(events).where(eq(events.type, 'fund.updated'));
    expect(event).toMatchObject({
      districtCode: '440113',
      fundId: fund.id,
      communityCode: '440113104001',
      payload: {
        id: fund.id,
        targetFen: 5_000_000,
        raisedFen: 13_345,
        donorCount: 2,
        disbursedFen: 0,
      },
    });
    const audits = await h.db.select().from(auditLog);
    expect(audits).toEqual([
      expect.objectContaining({
        districtCode: '440113',
        action: 'donation.confirm',
        subjectType: 'donation',
        subjectId: id,
        detail: {
          amountFen: 12_345,
          fundId: fund.id,
          providerReference: 'ICBC20261122001',
          note: '已到账',
        },
      }),
    ]);
    const [row] = await h.db.select().from(donations).where(eq(donations.id, id));
    expect(row!.providerReference).toBe('ICBC20261122001');
  });

  it('marks a failed payment failed without moving the fund or announcing anything', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id);
    const response = await confirm(donation.id, { succeeded: false });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('failed');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0, donorCount: 0 });
    expect(await h.db.select().from(events)).toHaveLength(0);
    const [audit] = await h.db.select().from(auditLog);
    expect(audit).toMatchObject({ action: 'donation.fail', subjectId: donation.id });
  });

  it('409 donation_not_pending for a settled donation', async () => {
    const fund = await insertFund(h);
    for (const status of ['succeeded', 'failed', 'refunded']) {
      const donation = await insertDonation(h, fund.id, { status, confirmedAt: new Date() });
      const response = await confirm(donation.id);
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('donation_not_pending');
    }
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0 });
  });

  it('20 concurrent confirmations of one donation raise the fund once', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id, { amountFen: 7_700 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => confirm(donation.id)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(19).fill(409)]);
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 7_700, donorCount: 1 });
    const announced = await h.db.select().from(events).where(eq(events.type, 'fund.updated'));
    expect(announced).toHaveLength(1);
  });

  it('keeps raised_fen equal to the sum of succeeded donations', async () => {
    const fund = await insertFund(h);
    const amounts = [1_000, 2_500, 3_300, 4_400, 5_100, 6_000, 7_250, 8_800, 9_900];
    const created = await Promise.all(
      amounts.map((amountFen) => donate(donationBody(fund.id, { amountFen }))),
    );
    const ids = created.map((r) => r.body.donation.id as string);
    // Three confirmed (one of them twice), three failed, three left pending.
    await Promise.all([
      ...ids.slice(0, 3).map((id) => confirm(id)),
      confirm(ids[0]!),
      ...ids.slice(3, 6).map((id) => confirm(id, { succeeded: false })),
    ]);
    // Drivers differ in how they hand back bigint and numeric: compare as numbers.
    type Figure = string | number;
    const [totals] = await queryRows<{
      sum: Figure;
      count: Figure;
      raised: Figure;
      donors: Figure;
    }>(
      h.db,
      sql`select
            (select coalesce(sum(amount_fen), 0) from donations where fund_id = ${fund.id} and status = 'succeeded') as sum,
            (select count(*) from donations where fund_id = ${fund.id} and status = 'succeeded') as count,
            raised_fen as raised, donor_count as donors
          from funds where id = ${fund.id}`,
    );
    expect(Number(totals!.sum)).toBe(1_000 + 2_500 + 3_300);
    expect(Number(totals!.raised)).toBe(Number(totals!.sum));
    expect(Number(totals!.donors)).toBe(Number(totals!.count));
    const statuses = await h.db.select({ status: donations.status }).from(donations);
    expect(statuses.filter((row) => row.status === 'pending')).toHaveLength(3);
  });

  it('403 secret_key_required with a publishable key; 401 without any key', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id);
    const publishable = await confirm(donation.id, {}, h.keys.pk);
    expect(publishable.status).toBe(403);
    expect(publishable.body.error.code).toBe('secret_key_required');
    const none = await h.request('POST', `/v1/donations/${donation.id}/confirm`, {
      key: null,
      body: {},
    });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('authentication_required');
  });

  it("404 not_found for an unknown donation or another district's", async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id);
    for (const [id, key] of [
      ['don_doesNotExist1234', h.keys.sk],
      [donation.id, h.keys.otherSk],
    ] as const) {
      const response = await confirm(id, {}, key);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0 });
  });

  it('400 validation_failed for an unknown field, and for an Idempotency-Key it does not take', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id);
    const unknown = await confirm(donation.id, { succeeded: true, amountFen: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toMatchObject({
      path: ['amountFen'],
      code: 'unknown_field',
    });
    const keyed = await h.request('POST', `/v1/donations/${donation.id}/confirm`, {
      key: h.keys.sk,
      body: {},
      headers: idempotency(),
    });
    expect(keyed.status).toBe(400);
    expect(keyed.body.error.issues[0].path).toEqual(['Idempotency-Key']);
  });
});

describe('signed provider callbacks', () => {
  it('a signed sandbox callback confirms, scoped to the donation’s district', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id, { channel: 'sandbox', amountFen: 2_000 });
    const response = await signedConfirm(donation.id, {
      succeeded: true,
      providerReference: 'SBX1',
    });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('succeeded');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 2_000, donorCount: 1 });
    const [event] = await h.db.select().from(events);
    expect(event).toMatchObject({ type: 'fund.updated', districtCode: '440113', fundId: fund.id });
    // A provider is not staff: nothing in the staff audit log.
    expect(await h.db.select().from(auditLog)).toHaveLength(0);
  });

  it('401 invalid_signature for a wrong, tampered or expired signature', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id, { channel: 'sandbox' });
    const raw = JSON.stringify({ succeeded: true });
    const now = Math.floor(Date.now() / 1000);
    const attempts = [
      signPayload(Buffer.from('not the signing key'), raw, now),
      signPayload(h.secrets.signingKey, JSON.stringify({ succeeded: false }), now),
      signPayload(h.secrets.signingKey, raw, now - 600),
      'garbage',
    ];
    for (const signature of attempts) {
      const response = await h.request('POST', `/v1/donations/${donation.id}/confirm`, {
        key: null,
        raw,
        headers: { 'Wushe-Signature': signature },
      });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('invalid_signature');
    }
    const [row] = await h.db.select().from(donations).where(eq(donations.id, donation.id));
    expect(row!.status).toBe('pending');
  });

  it('404 for a signed callback about an offline pledge: a provider settles only its own', async () => {
    const fund = await insertFund(h);
    const pledge = await insertDonation(h, fund.id, { channel: 'offline' });
    const response = await signedConfirm(pledge.id, { succeeded: true });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0 });
  });
});

describe('sandbox checkout pages', () => {
  const RETURN = 'https://portal.panyu.example.gov.cn/donate?fund=1&x="<b>"';

  async function sandboxDonation(amountFen = 5_000) {
    const fund = await insertFund(h, { name: '锦绣香江 <助老> 基金' });
    const created = await donate(donationBody(fund.id, { channel: 'sandbox', amountFen }));
    return {
      fund,
      id: created.body.donation.id as string,
      ref: created.body.payment.reference as string,
    };
  }

  const pay = (ref: string, outcome: string, query = '') =>
    h.request('POST', `/sandbox/checkout/${ref}/pay${query}`, {
      key: null,
      raw: `outcome=${outcome}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });

  function expectStrictHtml(response: { headers: Headers; body: string }) {
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(response.body).not.toContain('<script');
    expect(response.body).not.toContain('style=');
  }

  it('shows amount, fund and a post form, escaped, under a strict CSP', async () => {
    const { ref } = await sandboxDonation(123_456);
    const page = await h.request(
      'GET',
      `/sandbox/checkout/${ref}?return=${encodeURIComponent(RETURN)}`,
      {
        key: null,
      },
    );
    expect(page.status).toBe(200);
    expectStrictHtml(page);
    expect(page.body).toContain('¥1,234.56');
    expect(page.body).toContain('锦绣香江 &lt;助老&gt; 基金');
    expect(page.body).toContain(ref);
    expect(page.body).toContain('确认支付（模拟）');
    expect(page.body).toContain(
      `<form method="post" action="/sandbox/checkout/${ref}/pay?return=${encodeURIComponent(
        new URL(RETURN).href,
      )}">`,
    );
    expect(page.body).toContain(
      'href="https://portal.panyu.example.gov.cn/donate?fund=1&amp;x=%22%3Cb%3E%22"',
    );

    const css = await h.request('GET', '/sandbox/sandbox.css', { key: null });
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('pays through the signed callback once, then says it was already handled', async () => {
    const { fund, id, ref } = await sandboxDonation();
    const paid = await pay(
      ref,
      'succeeded',
      `?return=${encodeURIComponent('http://localhost:5173/')}`,
    );
    expect(paid.status).toBe(200);
    expectStrictHtml(paid);
    expect(paid.body).toContain('支付成功（模拟）');
    expect(paid.body).toContain('<a href="http://localhost:5173/">返回捐赠页面</a>');
    const [row] = await h.db.select().from(donations).where(eq(donations.id, id));
    expect(row).toMatchObject({ status: 'succeeded' });
    expect(row!.providerReference).toMatch(/^SBX\w{16}$/);
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 5_000, donorCount: 1 });

    const again = await pay(ref, 'succeeded');
    expect(again.status).toBe(409);
    expect(again.body).toContain('已经处理过');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 5_000, donorCount: 1 });

    const settled = await h.request('GET', `/sandbox/checkout/${ref}`, { key: null });
    expect(settled.body).toContain('支付成功（模拟）');
    expect(settled.body).not.toContain('<form');
  });

  it('records a simulated failure, and refuses an unknown outcome', async () => {
    const { fund, id, ref } = await sandboxDonation();
    const odd = await pay(ref, 'maybe');
    expect(odd.status).toBe(400);
    const failed = await pay(ref, 'failed');
    expect(failed.status).toBe(200);
    expect(failed.body).toContain('支付未完成（模拟）');
    const [row] = await h.db.select().from(donations).where(eq(donations.id, id));
    expect(row!.status).toBe('failed');
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 0 });
  });

  it('drops a non-http(s) return link, and 404s references that are not sandbox payments', async () => {
    const { ref } = await sandboxDonation();
    const page = await h.request('GET', `/sandbox/checkout/${ref}?return=javascript:alert(1)`, {
      key: null,
    });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('javascript:');
    expect(page.body).not.toContain('<a ');

    const fund = await insertFund(h);
    const pledge = await insertDonation(h, fund.id, { channel: 'offline' });
    for (const reference of ['WS20260101UNKNOWNREF', pledge.reference]) {
      const shown = await h.request('GET', `/sandbox/checkout/${reference}`, { key: null });
      expect(shown.status).toBe(404);
      expectStrictHtml(shown);
      expect((await pay(reference, 'succeeded')).status).toBe(404);
    }
    const [row] = await h.db.select().from(donations).where(eq(donations.id, pledge.id));
    expect(row!.status).toBe('pending');
  });
});
