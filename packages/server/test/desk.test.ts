import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, funds, needs } from '../src/db/tables/index.js';
import { CONSENT, useHarness } from './harness.js';
import { insertDonation, insertFund, insertNeed } from './funds-fixtures.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';
import { insertActivity, registerVolunteer } from './volunteers-fixtures.js';

const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const VILLAGE = '440113104002';

let counter = 0;
async function communityWorker(community = JINXIU) {
  counter += 1;
  const staff = await insertStaff(h, {
    login: `desk.worker${String(counter)}`,
    roles: [{ role: 'community_staff', scope: community }],
  });
  return signInAs(h, staff, clock.now());
}

const auditActions = async (subjectId: string) =>
  (await h.db.select().from(auditLog).where(eq(auditLog.subjectId, subjectId))).map(
    (entry) => entry.action,
  );

describe('POST /v1/donations/{id}/settle', () => {
  it('confirms a pledge with the bank reference: the fund moves once, audited with the person', async () => {
    const token = await communityWorker();
    const fund = await insertFund(h);
    const pledge = await insertDonation(h, fund.id, { amountFen: 20_000 });
    const settle = (body: Record<string, unknown>) =>
      h.request('POST', `/v1/donations/${pledge.id}/settle`, { key: token, body });

    const missing = await settle({ succeeded: true });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0]).toMatchObject({
      path: ['providerReference'],
      code: 'required',
    });

    const confirmed = await settle({ succeeded: true, providerReference: ' 2026120612345 ' });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ id: pledge.id, status: 'succeeded' });
    const [stored] = await h.db.select().from(funds).where(eq(funds.id, fund.id));
    expect(stored!.raisedFen).toBe(fund.raisedFen + 20_000);

    const again = await settle({ succeeded: true, providerReference: '2026120612345' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('donation_not_pending');
    const [unchanged] = await h.db.select().from(funds).where(eq(funds.id, fund.id));
    expect(unchanged!.raisedFen).toBe(stored!.raisedFen);

    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.subjectId, pledge.id));
    expect(entry).toMatchObject({ action: 'donation.confirm', role: 'community_staff' });
    expect(entry!.accountId).toMatch(/^acc_/);
  });

  it('marks a pledge failed without a reference; the fund does not move', async () => {
    const token = await communityWorker();
    const fund = await insertFund(h);
    const pledge = await insertDonation(h, fund.id);
    const failed = await h.request('POST', `/v1/donations/${pledge.id}/settle`, {
      key: token,
      body: { succeeded: false, note: '捐赠人撤回' },
    });
    expect(failed.status).toBe(200);
    expect(failed.body.status).toBe('failed');
    const [stored] = await h.db.select().from(funds).where(eq(funds.id, fund.id));
    expect(stored!.raisedFen).toBe(fund.raisedFen);
    expect(await auditActions(pledge.id)).toContain('donation.fail');
  });

  it('refuses a pledge of a fund outside the person’s scope (403, audited)', async () => {
    const token = await communityWorker(VILLAGE);
    const fund = await insertFund(h);
    const pledge = await insertDonation(h, fund.id);
    const refused = await h.request('POST', `/v1/donations/${pledge.id}/settle`, {
      key: token,
      body: { succeeded: true, providerReference: 'X1' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
  });
});

describe('GET /v1/activities/{id}/check-ins', () => {
  it('lists the confirmed signups with the minutes recorded from the list', async () => {
    const token = await communityWorker();
    const activity = await insertActivity(h, { capacity: 1 });
    const volunteerId = await registerVolunteer(h, { mobile: '13600136001' });
    const signUp = (body: Record<string, unknown>) =>
      h.request('POST', `/v1/activities/${activity}/signups`, {
        body: { consent: CONSENT, ...body },
      });
    const first = await signUp({ volunteerId, name: '陈晓明', mobile: '13600136001' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    // Beyond the capacity: waitlisted, so not on the check-in list.
    expect((await signUp({ name: '黄小燕', mobile: '13700137002' })).status).toBe(201);

    const record = await h.request('POST', '/v1/service-records', {
      key: token,
      body: {
        volunteerId,
        activityId: activity,
        servedOn: '2026-12-05',
        minutes: 100,
        content: '长者探访',
        source: 'check_in',
      },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    expect(record.body).toMatchObject({ source: 'check_in', halfHours: 3 });

    const list = await h.request('GET', `/v1/activities/${activity}/check-ins`, { key: token });
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      activityId: activity,
      data: [
        {
          signupId: expect.stringMatching(/^sgn_/),
          volunteerId,
          name: '陈晓明',
          recordedMinutes: 100,
        },
      ],
    });
    expect(await auditActions(activity)).toContain('activity_check_ins.read');

    const outside = await h.request('GET', `/v1/activities/${activity}/check-ins`, {
      key: await communityWorker(VILLAGE),
    });
    expect(outside.status).toBe(403);
  });

  it('records without a source as manual, and refuses an unknown source', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: '13600136003' });
    const body = { volunteerId, servedOn: '2026-12-05', minutes: 30, content: '社区清洁' };
    const manual = await h.request('POST', '/v1/service-records', { key: h.keys.sk, body });
    expect(manual.body.source).toBe('manual');
    const unknown = await h.request('POST', '/v1/service-records', {
      key: h.keys.sk,
      body: { ...body, source: 'guess' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toEqual(['source']);
  });
});

describe('GET /v1/staff/activities', () => {
  it('lists the started activities of the last 30 days within the person’s scopes', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const now = clock.now().getTime();
    const recent = await insertActivity(h, { startsAt: new Date(now - 2 * DAY) });
    const older = await insertActivity(h, { startsAt: new Date(now - 40 * DAY) });
    const upcoming = await insertActivity(h, { startsAt: new Date(now + DAY) });
    const elsewhere = await insertActivity(h, {
      startsAt: new Date(now - DAY),
      communityCode: VILLAGE,
    });
    const list = await h.request('GET', '/v1/staff/activities', { key: await communityWorker() });
    expect(list.status).toBe(200);
    const ids = (list.body.data as { id: string }[]).map((activity) => activity.id);
    expect(ids).toContain(recent);
    for (const id of [older, upcoming, elsewhere]) expect(ids).not.toContain(id);
  });
});

describe('PATCH /v1/needs/{id} {hide}', () => {
  it('hides a reported need: the reports are settled, it leaves the queue, audited', async () => {
    const token = await communityWorker();
    const need = await insertNeed(h, { status: 'open', reportCount: 1, category: 'elderly_care' });
    const queue = async () =>
      (await h.request('GET', '/v1/staff/queue?kind=needs_reported', { key: token })).body as {
        data: { id: string }[];
      };
    expect((await queue()).data.map((item) => item.id)).toContain(need.id);

    const hidden = await h.request('PATCH', `/v1/needs/${need.id}`, {
      key: token,
      body: { hide: true },
    });
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200);
    expect(hidden.body.hidden).toBe(true);
    const [row] = await h.db.select().from(needs).where(eq(needs.id, need.id));
    expect(row).toMatchObject({ hidden: true, reportCount: 0, status: 'open' });
    expect((await queue()).data.map((item) => item.id)).not.toContain(need.id);
    expect(await auditActions(need.id)).toContain('need.update');

    const both = await h.request('PATCH', `/v1/needs/${need.id}`, {
      key: token,
      body: { hide: true, unhide: true },
    });
    expect(both.status).toBe(400);
    expect(both.body.error.issues[0].path).toEqual(['hide']);
  });
});
