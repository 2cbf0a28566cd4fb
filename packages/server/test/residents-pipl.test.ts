import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  claims,
  donations,
  needs,
  notifierOutbox,
  serviceRecords,
  signups,
  volunteers,
} from '../src/db/tables/index.js';
import { eraseStaleNeedContacts } from '../src/services/needs/contact-retention.js';
import { CONSENT, useHarness } from './harness.js';
import { donationBody, idempotency, insertFund, insertNeed } from './funds-fixtures.js';
import { RESIDENT_MOBILE, residentHelpers } from './residents-fixtures.js';
import { MINUTE, testClock } from './staff-fixtures.js';
import { insertActivity, registerVolunteer } from './volunteers-fixtures.js';

const clock = testClock();
/** A need row of a valid category (a 微心愿 for children unless `overrides` say otherwise). */
const needRow = (overrides: Parameters<typeof insertNeed>[1] = {}) =>
  insertNeed(h, { category: 'child_welfare', ...overrides });
const h = useHarness({ now: clock.now, devRoutes: true });
const { signIn, asResident } = residentHelpers(h);
beforeEach(() => clock.reset());
const DAY = 24 * 60 * MINUTE;

/** A resident with a registration, hours, a coming and a past signup, a need, a claim and a gift. */
async function residentWithHistory() {
  const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
  const past = await insertActivity(h, {
    startsAt: new Date(clock.now().getTime() - DAY),
    signedUp: 1,
  });
  const coming = await insertActivity(h, {
    startsAt: new Date(clock.now().getTime() + DAY),
    signedUp: 1,
  });
  for (const activityId of [past, coming]) {
    await h.db.insert(signups).values({
      id: `sgn_fixture${activityId.slice(-8)}`,
      activityId,
      volunteerId,
      name: '陈晓明',
      mobile: RESIDENT_MOBILE,
      consentVersion: CONSENT.policyVersion,
      status: 'confirmed',
    });
  }
  await h.request('POST', '/v1/service-records', {
    key: h.keys.sk,
    body: { volunteerId, activityId: past, servedOn: '2026-12-05', minutes: 120, content: '探访' },
  });
  const need = await needRow({ contactName: '陈晓明', contactMobile: RESIDENT_MOBILE });
  const other = await needRow({ status: 'open' });
  await h.db.insert(claims).values({
    id: 'clm_fixture00000001',
    needId: other.id,
    claimantType: 'volunteer',
    claimantName: '陈晓明',
    claimantMobile: RESIDENT_MOBILE,
    consentVersion: CONSENT.policyVersion,
  });
  const fund = await insertFund(h);
  const gift = await h.request('POST', '/v1/donations', {
    body: donationBody(fund.id, {
      donor: { name: '陈晓明', anonymous: false, publishName: true, mobile: RESIDENT_MOBILE },
      receipt: { title: '陈晓明' },
    }),
    headers: idempotency(),
  });
  return {
    volunteerId,
    past,
    coming,
    needId: need.id,
    donationId: gift.body.donation.id as string,
  };
}

describe('PIPL: export my data', () => {
  it('gives everything held about me as JSON, the same as the routes say', async () => {
    const history = await residentWithHistory();
    const token = await signIn();
    const exported = await asResident(token, 'GET', '/v1/residents/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body).toMatchObject({
      resident: { mobile: RESIDENT_MOBILE, volunteerId: history.volunteerId },
      volunteer: { id: history.volunteerId, name: '陈晓明' },
      hours: { servedHalfHours: 4 },
    });
    expect(exported.body.signups).toHaveLength(2);
    expect(exported.body.needs.map((n: { id: string }) => n.id)).toEqual([history.needId]);
    expect(exported.body.donations.map((d: { id: string }) => d.id)).toEqual([history.donationId]);
    for (const [path, part] of [
      ['/v1/residents/me/signups', 'signups'],
      ['/v1/residents/me/needs', 'needs'],
      ['/v1/residents/me/donations', 'donations'],
    ] as const) {
      expect((await asResident(token, 'GET', path)).body.data).toEqual(exported.body[part]);
    }
  });
});

describe('PIPL: erase my data', () => {
  it('erases what is personal, keeps hours, gifts and claims anonymised, and ends every session', async () => {
    const history = await residentWithHistory();
    const token = await signIn();
    const otherSession = await signIn();
    const erased = await asResident(token, 'DELETE', '/v1/residents/me');
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({
      erased: true,
      volunteers: 1,
      signups: 2,
      needs: 1,
      claims: 1,
      donations: 1,
    });
    // Nothing anywhere still holds the mobile.
    for (const table of [volunteers, signups, needs, claims, donations, notifierOutbox]) {
      const rows = await h.db.select().from(table);
      expect(JSON.stringify(rows)).not.toContain(RESIDENT_MOBILE);
      expect(JSON.stringify(rows)).not.toContain('陈晓明');
    }
    // Records others rely on stay.
    expect(
      await h.db.$count(serviceRecords, eq(serviceRecords.volunteerId, history.volunteerId)),
    ).toBe(1);
    const staffHours = await h.request('GET', `/v1/volunteers/${history.volunteerId}/hours`, {
      key: h.keys.sk,
    });
    expect(staffHours.body.servedHalfHours).toBe(4);
    const [gift] = await h.db.select().from(donations);
    expect(gift).toMatchObject({ amountFen: 5_000, anonymous: true, receipt: null });
    const staffNeed = await h.request('GET', `/v1/needs/${history.needId}`, { key: h.keys.sk });
    expect(staffNeed.status).toBe(200);
    expect(staffNeed.body.contact).toBeNull();
    // The coming signup was cancelled; the past one stays as it was.
    const rows = await h.db.select().from(signups);
    expect(rows.map((row) => row.status).sort()).toEqual(['cancelled', 'confirmed']);
    // Both sessions end.
    for (const each of [token, otherSession]) {
      const after = await asResident(each, 'GET', '/v1/residents/me');
      expect(after.body.error.code).toBe('resident_session_expired');
    }
    // Signing in again finds nothing of the past.
    const fresh = await signIn();
    const again = await asResident(fresh, 'GET', '/v1/residents/me/export');
    expect(again.body).toMatchObject({
      volunteer: null,
      hours: null,
      signups: [],
      needs: [],
      donations: [],
    });
    expect(again.body.resident.id).not.toBe(erased.body.id);
  });
});

describe('contacts of needs closed for more than 180 days', () => {
  it('are erased by the scheduled job, once, however many processes run it at once', async () => {
    const now = clock.now();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const due = [
      await needRow({ status: 'closed', updatedAt: ago(181) }),
      await needRow({ status: 'fulfilled', updatedAt: ago(400) }),
      await needRow({ status: 'rejected', updatedAt: ago(200) }),
    ];
    const kept = [
      await needRow({ status: 'closed', updatedAt: ago(179) }),
      await needRow({ status: 'open', updatedAt: ago(500) }),
      await needRow({ status: 'claimed', updatedAt: ago(300) }),
    ];
    // Four runs at once, in batches of one: each need is taken by exactly one of them.
    const counts = await Promise.all(
      Array.from({ length: 4 }, () => eraseStaleNeedContacts(h.db, now, 1)),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(due.length);
    for (const need of due) {
      const [row] = await h.db.select().from(needs).where(eq(needs.id, need.id));
      expect(row).toMatchObject({ contactName: null, contactMobile: null, contactErasedAt: now });
    }
    for (const need of kept) {
      const [row] = await h.db.select().from(needs).where(eq(needs.id, need.id));
      expect(row!.contactMobile).not.toBeNull();
    }
    expect(await eraseStaleNeedContacts(h.db, now)).toBe(0);
    // The public view of an erased need still reads, with no requester name.
    const [first] = due;
    const publicView = await h.request('GET', `/v1/needs/${first!.id}`, { key: h.keys.sk });
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({ requesterName: null, contact: null });
  });
});
