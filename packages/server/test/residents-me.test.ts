import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { activities, events, serviceRecords, signups, volunteers } from '../src/db/tables/index.js';
import { CONSENT, useHarness } from './harness.js';
import { RESIDENT_MOBILE, residentHelpers } from './residents-fixtures.js';
import { MINUTE, testClock } from './staff-fixtures.js';
import { insertActivity, registerVolunteer } from './volunteers-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now, devRoutes: true });
const { signIn, asResident } = residentHelpers(h);
beforeEach(() => clock.reset());
const DAY = 24 * 60 * MINUTE;
const OTHER_MOBILE = '13900139000';

const nextWeek = () => new Date(clock.now().getTime() + 7 * DAY);
const signUp = (activityId: string, mobile: string) =>
  h.request('POST', `/v1/activities/${activityId}/signups`, {
    body: { name: '黄小燕', mobile, consent: CONSENT },
  });
const outboxTo = async (mobile: string) =>
  (await h.request('GET', `/v1/dev/outbox?to=${mobile}`, { key: h.keys.sk })).body.data as {
    template: string;
    params: Record<string, string>;
  }[];

describe('my volunteer registration', () => {
  it('is found by the signed-in mobile, and the resident corrects it', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    const token = await signIn();
    expect((await asResident(token, 'GET', '/v1/residents/me')).body.volunteerId).toBe(volunteerId);
    const mine = await asResident(token, 'GET', '/v1/residents/me/volunteer');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      id: volunteerId,
      name: '陈晓明',
      communityId: '440113104001',
      consent: { policyVersion: CONSENT.policyVersion },
    });
    const corrected = await asResident(token, 'PATCH', '/v1/residents/me/volunteer', {
      body: { name: '陈小明', communityId: '440113104002', skills: ['理发'] },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      name: '陈小明',
      communityId: '440113104002',
      skills: ['理发'],
    });
    const elsewhere = await asResident(token, 'PATCH', '/v1/residents/me/volunteer', {
      body: { communityId: '310105002001' },
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues[0]).toMatchObject({ path: ['communityId'] });
  });

  it('is 404 for a mobile that never registered', async () => {
    const token = await signIn();
    expect((await asResident(token, 'GET', '/v1/residents/me/volunteer')).status).toBe(404);
    expect((await asResident(token, 'GET', '/v1/residents/me/hours')).status).toBe(404);
  });
});

describe('my signups', () => {
  it('cancelling a confirmed place promotes the first person waiting, tells her, and goes out live', async () => {
    const activityId = await insertActivity(h, { capacity: 1, startsAt: nextWeek() });
    const mine = await signUp(activityId, RESIDENT_MOBILE);
    const waiting = await signUp(activityId, OTHER_MOBILE);
    expect(waiting.body.status).toBe('waitlisted');
    const token = await signIn();

    const list = await asResident(token, 'GET', '/v1/residents/me/signups');
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: mine.body.id,
        status: 'confirmed',
        cancellable: true,
        activity: expect.objectContaining({ id: activityId, title: '长者探访' }),
      }),
    ]);
    const cancelled = await asResident(token, 'DELETE', `/v1/residents/me/signups/${mine.body.id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellable: false });

    const [promoted] = await h.db.select().from(signups).where(eq(signups.id, waiting.body.id));
    expect(promoted!.status).toBe('confirmed');
    const [activity] = await h.db.select().from(activities).where(eq(activities.id, activityId));
    expect(activity).toMatchObject({ signedUp: 1, waitlisted: 0 });
    expect((await outboxTo(OTHER_MOBILE)).map((m) => m.template)).toEqual([
      'activity_waitlist_promoted',
    ]);
    const live = await h.db.select().from(events).where(eq(events.type, 'activity.updated'));
    expect(live).toHaveLength(1);
    expect(live[0]!.payload).toMatchObject({ id: activityId, signedUp: 1, waitlisted: 0 });
    // Public: the activity's counts, never who left or who took the place.
    const published = JSON.stringify(live[0]!.payload);
    for (const personal of [RESIDENT_MOBILE, OTHER_MOBILE, mine.body.id, waiting.body.id]) {
      expect(published).not.toContain(personal);
    }

    const again = await asResident(token, 'DELETE', `/v1/residents/me/signups/${mine.body.id}`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('signup_not_active');
  });

  it('cancelling a place on the waitlist moves nobody; another’s signup is 404', async () => {
    const activityId = await insertActivity(h, { capacity: 1, startsAt: nextWeek() });
    const theirs = await signUp(activityId, OTHER_MOBILE);
    const mine = await signUp(activityId, RESIDENT_MOBILE);
    const token = await signIn();
    const list = await asResident(token, 'GET', '/v1/residents/me/signups');
    expect(list.body.data[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(
      (await asResident(token, 'DELETE', `/v1/residents/me/signups/${theirs.body.id}`)).status,
    ).toBe(404);
    expect(
      (await asResident(token, 'DELETE', `/v1/residents/me/signups/${mine.body.id}`)).status,
    ).toBe(200);
    const [activity] = await h.db.select().from(activities).where(eq(activities.id, activityId));
    expect(activity).toMatchObject({ signedUp: 1, waitlisted: 0 });
  });

  it('cannot cancel once the activity has begun (409 activity_closed)', async () => {
    const activityId = await insertActivity(h, { capacity: 5, startsAt: nextWeek() });
    const mine = await signUp(activityId, RESIDENT_MOBILE);
    const token = await signIn();
    clock.advance(7 * DAY + MINUTE);
    const late = await asResident(token, 'DELETE', `/v1/residents/me/signups/${mine.body.id}`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('activity_closed');
  });
});

describe('my hours', () => {
  it('totals the hours recorded for me by activity, record by record', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    const visit = await insertActivity(h, { title: '长者探访' });
    const haircut = await insertActivity(h, { title: '义剪' });
    const record = (activityId: string | undefined, minutes: number, servedOn: string) =>
      h.request('POST', '/v1/service-records', {
        key: h.keys.sk,
        body: { volunteerId, activityId, servedOn, minutes, content: '社区服务' },
      });
    expect((await record(visit, 90, '2026-11-01')).status).toBe(201);
    expect((await record(visit, 60, '2026-11-08')).status).toBe(201);
    expect((await record(haircut, 120, '2026-11-05')).status).toBe(201);
    expect((await record(undefined, 30, '2026-11-02')).status).toBe(201);
    const token = await signIn();
    const hours = await asResident(token, 'GET', '/v1/residents/me/hours');
    expect(hours.status).toBe(200);
    expect(hours.body.servedHalfHours).toBe(3 + 2 + 4 + 1);
    expect(hours.body.byActivity).toEqual([
      {
        activityId: visit,
        title: '长者探访',
        halfHours: 5,
        records: 2,
        lastServedOn: '2026-11-08',
      },
      { activityId: haircut, title: '义剪', halfHours: 4, records: 1, lastServedOn: '2026-11-05' },
      { activityId: null, title: null, halfHours: 1, records: 1, lastServedOn: '2026-11-02' },
    ]);
    expect(hours.body.records).toHaveLength(4);
  });
});

/** A service need posted with the resident's mobile as its contact. */
const postNeed = (title: string, description: string) =>
  h.request('POST', '/v1/needs', {
    body: {
      communityId: '440113104001',
      kind: 'service',
      category: 'elderly_care',
      title,
      description,
      contact: { name: '王秀英', mobile: RESIDENT_MOBILE },
      consent: CONSENT,
    },
  });

describe('my needs and my donations', () => {
  it('shows each need I posted with its way through review and claim', async () => {
    const posted = await postNeed('独居老人助老陪诊', '社区独居老人需要志愿者每周陪同去医院复诊。');
    const needId = posted.body.id as string;
    expect(
      (
        await h.request('PATCH', `/v1/needs/${needId}`, {
          key: h.keys.sk,
          body: { status: 'open' },
        })
      ).status,
    ).toBe(200);
    const claim = await h.request('POST', `/v1/needs/${needId}/claims`, {
      body: {
        claimant: { type: 'volunteer', name: '李志强', mobile: OTHER_MOBILE },
        consent: CONSENT,
      },
    });
    expect(claim.status).toBe(201);
    const token = await signIn();
    const mine = await asResident(token, 'GET', '/v1/residents/me/needs');
    expect(mine.status).toBe(200);
    expect(mine.body.data).toHaveLength(1);
    expect(mine.body.data[0]).toMatchObject({
      id: needId,
      status: 'claimed',
      contact: { name: '王秀英', mobile: RESIDENT_MOBILE },
    });
    expect(mine.body.data[0].timeline.map((step: { status: string }) => step.status)).toEqual([
      'pending_review',
      'open',
      'claimed',
    ]);
  });

  it('keeps the steps of a need’s way in order when they share an instant', async () => {
    // The clock stands still: posting, review, claim and fulfilment all happen at one instant.
    const posted = await postNeed(
      '帮独居长者更换灯泡',
      '客厅的灯泡坏了，老人站不上梯子，需要志愿者上门更换。',
    );
    const needId = posted.body.id as string;
    const move = (status: string) =>
      h.request('PATCH', `/v1/needs/${needId}`, { key: h.keys.sk, body: { status } });
    expect((await move('open')).status).toBe(200);
    const claim = await h.request('POST', `/v1/needs/${needId}/claims`, {
      body: {
        claimant: { type: 'volunteer', name: '李志强', mobile: OTHER_MOBILE },
        consent: CONSENT,
      },
    });
    expect(claim.status).toBe(201);
    expect((await move('fulfilled')).status).toBe(200);
    const mine = await asResident(await signIn(), 'GET', '/v1/residents/me/needs');
    const timeline = mine.body.data[0].timeline as { status: string; at: string }[];
    expect(new Set(timeline.map((step) => step.at)).size).toBe(1);
    expect(timeline.map((step) => step.status)).toEqual([
      'pending_review',
      'open',
      'claimed',
      'fulfilled',
    ]);
  });

  it('shows the donations I made, with the fund and the receipt I asked for', async () => {
    const { insertFund, donationBody, idempotency } = await import('./funds-fixtures.js');
    const fund = await insertFund(h);
    const given = await h.request('POST', '/v1/donations', {
      body: donationBody(fund.id, {
        donor: { name: '王小明', anonymous: false, publishName: true, mobile: RESIDENT_MOBILE },
        receipt: { title: '王小明' },
      }),
      headers: idempotency(),
    });
    expect(given.status).toBe(201);
    const token = await signIn();
    const mine = await asResident(token, 'GET', '/v1/residents/me/donations');
    expect(mine.body.data).toEqual([
      expect.objectContaining({
        fundId: fund.id,
        fundName: fund.name,
        amountFen: 5_000,
        receiptRequested: true,
        receipt: { title: '王小明', creditCode: null },
      }),
    ]);
  });
});

describe('idempotency keys are the resident’s own', () => {
  it('the same key from another resident on the same page is not replayed to them', async () => {
    await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    await registerVolunteer(h, { mobile: OTHER_MOBILE, name: '黄小燕' });
    const mine = await signIn();
    const theirs = await signIn(OTHER_MOBILE);
    const headers = { 'Idempotency-Key': 'resident-key-0001' };
    const first = await asResident(mine, 'PATCH', '/v1/residents/me/volunteer', {
      body: { skills: ['理发'] },
      headers,
    });
    const second = await asResident(theirs, 'PATCH', '/v1/residents/me/volunteer', {
      body: { skills: ['理发'] },
      headers,
    });
    expect(second.headers.get('Idempotent-Replayed')).toBeNull();
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.name).toBe('黄小燕');
  });
});

describe('the volunteer registration’s consent withdrawn', () => {
  it('erases the registration, cancels coming signups (passing places on), keeps the hours', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    const activityId = await insertActivity(h, { capacity: 1, startsAt: nextWeek() });
    await signUp(activityId, RESIDENT_MOBILE);
    await signUp(activityId, OTHER_MOBILE);
    await h.request('POST', '/v1/service-records', {
      key: h.keys.sk,
      body: { volunteerId, servedOn: '2026-11-01', minutes: 60, content: '社区服务' },
    });
    const token = await signIn();
    const withdrawn = await asResident(token, 'DELETE', '/v1/residents/me/volunteer');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toEqual({ withdrawn: true, cancelledSignups: 1 });
    expect((await asResident(token, 'GET', '/v1/residents/me/volunteer')).status).toBe(404);
    const [row] = await h.db.select().from(volunteers).where(eq(volunteers.id, volunteerId));
    expect(row).toMatchObject({ name: '已删除', birthDate: null, idNumberCipher: null });
    expect(row!.mobile).not.toContain(RESIDENT_MOBILE);
    expect(await h.db.$count(serviceRecords, eq(serviceRecords.volunteerId, volunteerId))).toBe(1);
    expect((await outboxTo(OTHER_MOBILE)).map((m) => m.template)).toContain(
      'activity_waitlist_promoted',
    );
    // The same mobile may register again.
    await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
  });
});
