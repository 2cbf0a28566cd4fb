import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/routes/pagination.js';
import { activities, signups } from '../src/db/tables/index.js';
import { CONSENT, useHarness } from './harness.js';
import { hoursFromNow, insertActivity, registerVolunteer } from './volunteers-fixtures.js';

const h = useHarness();

const list = (query = '', key?: string) =>
  h.request('GET', `/v1/activities${query}`, key ? { key } : {});

const signUp = (activityId: string, body: Record<string, unknown> = {}, key?: string) =>
  h.request('POST', `/v1/activities/${activityId}/signups`, {
    ...(key ? { key } : {}),
    body: { name: '黄小燕', mobile: '13800138000', consent: CONSENT, ...body },
  });

async function storedActivity(id: string) {
  const [row] = await h.db.select().from(activities).where(eq(activities.id, id));
  return row!;
}

const ids = (response: { body: { data: { id: string }[] } }) =>
  response.body.data.map((activity) => activity.id);

describe('GET /v1/activities', () => {
  it('lists what has not ended, soonest first; one under way shows closed', async () => {
    const nextWeek = await insertActivity(h, { startsAt: hoursFromNow(168) });
    const tomorrow = await insertActivity(h, { startsAt: hoursFromNow(24), capacity: 5 });
    const underWay = await insertActivity(h, { startsAt: hoursFromNow(-1) });
    await insertActivity(h, { startsAt: hoursFromNow(-48) }); // ended two days ago
    const response = await list();
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual([underWay, tomorrow, nextWeek]);
    expect(response.body.data.map((a: { open: boolean }) => a.open)).toEqual([false, true, true]);
    expect(response.body.data[1]).toEqual({
      id: tomorrow,
      communityId: '440113104001',
      organizationId: null,
      title: '长者探访',
      description: '探访独居长者，陪伴聊天',
      category: 'elderly_care',
      location: '锦绣香江社区服务中心',
      startsAt: expect.any(String),
      endsAt: expect.any(String),
      capacity: 5,
      signedUp: 0,
      waitlisted: 0,
      open: true,
      status: 'scheduled',
      cancelReason: null,
      pointsMultiplier: 1,
    });
    expect(response.body.nextCursor).toBeNull();
  });

  it('filters by community and by street', async () => {
    const jinxiu = await insertActivity(h, { communityCode: '440113104001' });
    const nancun = await insertActivity(h, { communityCode: '440113104002' });
    const xianfeng = await insertActivity(h, { communityCode: '440113001001' });
    expect(ids(await list('?community=440113104002'))).toEqual([nancun]);
    expect(ids(await list('?street=440113104')).sort()).toEqual([jinxiu, nancun].sort());
    expect(ids(await list('?street=440113001'))).toEqual([xianfeng]);
  });

  it("never shows another district's activities (tenancy)", async () => {
    const panyu = await insertActivity(h);
    const changning = await insertActivity(h, {
      districtCode: '310105',
      communityCode: '310105002001',
    });
    expect(ids(await list())).toEqual([panyu]);
    expect(ids(await list('', h.keys.otherPk))).toEqual([changning]);
    expect(ids(await list('?community=310105002001'))).toEqual([]);
    expect(ids(await list('?street=310105002'))).toEqual([]);
  });

  it('pages with a keyset cursor, including activities that start at the same time', async () => {
    const sameTime = hoursFromNow(30);
    const created = [
      await insertActivity(h, { startsAt: hoursFromNow(20) }),
      await insertActivity(h, { startsAt: sameTime }),
      await insertActivity(h, { startsAt: sameTime }),
      await insertActivity(h, { startsAt: sameTime }),
      await insertActivity(h, { startsAt: hoursFromNow(40) }),
    ];
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await list(query);
      expect(page.status).toBe(200);
      seen.push(...ids(page));
      cursor = page.body.nextCursor as string | null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
  });

  it('400 validation_failed at the field for a bad filter or a forged cursor', async () => {
    const bad = await list('?community=4401&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual([
      'community',
      'limit',
    ]);
    for (const cursor of ['bm9wZQ', encodeCursor(['not a time', 'act_x']), encodeCursor([1, 2])]) {
      const forged = await list(`?cursor=${cursor}`);
      expect(forged.status, cursor).toBe(400);
      expect(forged.body.error.issues[0].path).toEqual(['cursor']);
    }
  });

  it('401 without a key', async () => {
    const response = await h.request('GET', '/v1/activities', { key: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });
});

describe('GET /v1/activities/{id}', () => {
  const get = (id: string, key?: string) =>
    h.request('GET', `/v1/activities/${id}`, key ? { key } : {});

  it('answers one activity with capacity, signups and waitlist, as the list shows it', async () => {
    const activity = await insertActivity(h, { capacity: 1 });
    await signUp(activity, { mobile: '13800138001' });
    await signUp(activity, { mobile: '13800138002' });
    const response = await get(activity);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: activity, capacity: 1, signedUp: 1, waitlisted: 1 });
    expect(response.body).toEqual((await list()).body.data[0]);
  });

  it('shows one under way as closed', async () => {
    const underWay = await insertActivity(h, { startsAt: hoursFromNow(-1) });
    expect((await get(underWay)).body.open).toBe(false);
  });

  it("404 not_found for an unknown id and for another district's activity", async () => {
    const changning = await insertActivity(h, {
      districtCode: '310105',
      communityCode: '310105002001',
    });
    for (const id of ['act_unknown00000001', changning]) {
      const response = await get(id);
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await get(changning, h.keys.otherPk)).status).toBe(200);
  });

  it('400 validation_failed at the id for an id of another kind', async () => {
    const response = await get('need_abc');
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toEqual(['id']);
  });
});

describe('POST /v1/activities/{id}/signups', () => {
  it('confirms a place while places last, saying how many are left', async () => {
    const activity = await insertActivity(h, { capacity: 2 });
    const response = await signUp(activity, { note: '需要停车位' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^sgn_\w+$/),
      activityId: activity,
      volunteerId: null,
      status: 'confirmed',
      waitlistPosition: null,
      placesLeft: 1,
      createdAt: expect.any(String),
    });
    const [row] = await h.db.select().from(signups).where(eq(signups.id, response.body.id));
    expect(row).toMatchObject({
      name: '黄小燕',
      mobile: '13800138000',
      note: '需要停车位',
      consentVersion: CONSENT.policyVersion,
      status: 'confirmed',
    });
    expect(await storedActivity(activity)).toMatchObject({ signedUp: 1, waitlisted: 0 });
  });

  it('puts signups beyond capacity on the waitlist, in order', async () => {
    const activity = await insertActivity(h, { capacity: 1 });
    const first = await signUp(activity, { mobile: '13800138001' });
    const second = await signUp(activity, { mobile: '13800138002' });
    const third = await signUp(activity, { mobile: '13800138003' });
    expect(first.body).toMatchObject({ status: 'confirmed', placesLeft: 0 });
    expect(second.body).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
      placesLeft: 0,
    });
    expect(third.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect(await storedActivity(activity)).toMatchObject({ signedUp: 1, waitlisted: 2 });
  });

  it('30 signups at once for 10 places: 10 confirmed, 20 waiting at positions 1..20', async () => {
    const activity = await insertActivity(h, { capacity: 10 });
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signUp(activity, { mobile: `1390000${String(1000 + i)}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
    const confirmed = responses.filter((r) => r.body.status === 'confirmed');
    const waiting = responses.filter((r) => r.body.status === 'waitlisted');
    expect(confirmed).toHaveLength(10);
    expect(waiting).toHaveLength(20);
    const positions = waiting.map((r) => r.body.waitlistPosition as number).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(confirmed.map((r) => r.body.placesLeft as number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 10 }, (_, i) => i),
    );
    expect(await storedActivity(activity)).toMatchObject({
      capacity: 10,
      signedUp: 10,
      waitlisted: 20,
    });
    const rows = await h.db.select().from(signups).where(eq(signups.activityId, activity));
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(10);
  });

  it('the database itself refuses more places than the capacity', async () => {
    const activity = await insertActivity(h, { capacity: 1, signedUp: 1 });
    await expect(
      h.db.update(activities).set({ signedUp: 2 }).where(eq(activities.id, activity)),
    ).rejects.toThrow();
    expect((await storedActivity(activity)).signedUp).toBe(1);
  });

  it('signs a registered volunteer up by id when the mobile matches', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: '13700137000' });
    const activity = await insertActivity(h);
    const response = await signUp(activity, { volunteerId, mobile: '137-0013-7000' });
    expect(response.status).toBe(201);
    expect(response.body.volunteerId).toBe(volunteerId);
  });

  it('404 for a volunteer id whose mobile differs, is unknown, or is elsewhere', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: '13700137000' });
    const changning = await registerVolunteer(
      h,
      { mobile: '13700137000', communityId: '310105002001' },
      h.keys.otherSk,
    );
    const activity = await insertActivity(h);
    for (const [id, mobile] of [
      [volunteerId, '13800138000'],
      ['vol_doesnotexist01', '13700137000'],
      [changning, '13700137000'],
    ] as const) {
      const response = await signUp(activity, { volunteerId: id, mobile });
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect(await storedActivity(activity)).toMatchObject({ signedUp: 0, waitlisted: 0 });
  });

  it("404 for an unknown activity or another district's", async () => {
    const changning = await insertActivity(h, {
      districtCode: '310105',
      communityCode: '310105002001',
    });
    for (const id of ['act_doesnotexist01', changning]) {
      const response = await signUp(id);
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await storedActivity(changning)).signedUp).toBe(0);
  });

  it('409 activity_closed once the activity has started', async () => {
    const started = await insertActivity(h, { startsAt: hoursFromNow(-0.5) });
    const response = await signUp(started);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('activity_closed');
    expect(await h.db.select().from(signups)).toHaveLength(0);
  });

  it('409 already_signed_up for the same mobile, however typed, taking no place', async () => {
    const activity = await insertActivity(h, { capacity: 3 });
    await signUp(activity);
    const again = await signUp(activity, { name: '黄小燕', mobile: '+86 138 0013 8000' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_signed_up');
    expect(await storedActivity(activity)).toMatchObject({ signedUp: 1, waitlisted: 0 });
    const full = await insertActivity(h, { capacity: 1, signedUp: 1 });
    await signUp(full);
    expect((await signUp(full)).status).toBe(409);
    expect(await storedActivity(full)).toMatchObject({ signedUp: 1, waitlisted: 1 });
  });

  it('400 naming each bad field and the bad id', async () => {
    const activity = await insertActivity(h);
    const response = await signUp(activity, {
      mobile: '1380013800',
      consent: { policyVersion: '2026-01', agreed: false },
      extra: true,
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths.sort()).toEqual(['consent.agreed', 'extra', 'mobile']);
    const badId = await signUp('need_0000000000000001');
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues[0].path).toEqual(['id']);
  });

  it('401 without a key', async () => {
    const activity = await insertActivity(h);
    const response = await h.request('POST', `/v1/activities/${activity}/signups`, {
      key: null,
      body: { name: '黄小燕', mobile: '13800138000', consent: CONSENT },
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });
});
