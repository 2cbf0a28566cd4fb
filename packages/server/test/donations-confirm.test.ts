import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../src/db/database.js';
import { auditLog, donations, events } from '../src/db/tables/index.js';
import { signPayload } from '../src/http/signature.js';
import { useHarness } from './harness.js';
import { donationBody, idempotency, insertDonation, insertFund } from './funds-fixtures.js';
import { donationHelpers } from './donations-fixtures.js';

/** Confirming a donation, by staff or by a signed provider callback. */

const h = useHarness();
const { donate, fundRow } = donationHelpers(h);

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

  it('400 validation_failed for an unknown field', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id);
    const unknown = await confirm(donation.id, { succeeded: true, amountFen: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toMatchObject({
      path: ['amountFen'],
      code: 'unknown_field',
    });
  });

  it('answers a confirmation sent again with its Idempotency-Key with the first answer', async () => {
    const fund = await insertFund(h);
    const donation = await insertDonation(h, fund.id, { amountFen: 3_000 });
    const headers = idempotency();
    const send = () =>
      h.request('POST', `/v1/donations/${donation.id}/confirm`, {
        key: h.keys.sk,
        body: { providerReference: 'ICBC20261206001' },
        headers,
      });
    const first = await send();
    expect(first.status).toBe(200);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    // A retry after a lost answer (a 502 after the commit): the first outcome, not a 409.
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await fundRow(fund.id)).toMatchObject({ raisedFen: 3_000, donorCount: 1 });
    expect(await h.db.select().from(events).where(eq(events.type, 'fund.updated'))).toHaveLength(1);
    // Without the key, a second confirmation is what it is: the donation is no longer pending.
    const unkeyed = await confirm(donation.id, { providerReference: 'ICBC20261206001' });
    expect(unkeyed.status).toBe(409);
    expect(unkeyed.body.error.code).toBe('donation_not_pending');
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
