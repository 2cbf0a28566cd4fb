import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { activities, pointsEntries, serviceRecords } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';
import { insertActivity, registerVolunteer } from './volunteers-fixtures.js';
import { expectBankBalanced, JINXIU, XIANFENG } from './points-fixtures.js';

const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });
const DAY_MS = 24 * 3_600_000;
const YEAR_MS = 365 * DAY_MS;

beforeEach(() => clock.reset());

const record = (body: Record<string, unknown>) =>
  h.request('POST', '/v1/service-records', {
    key: h.keys.sk,
    body: { servedOn: '2026-12-01', minutes: 120, content: '长者探访签到', ...body },
  });

const pointsOf = (volunteerId: string, key: string | null = h.keys.sk) =>
  h.request('GET', `/v1/volunteers/${volunteerId}/points`, { key });

describe('信用时 earn points; 荣誉时 do not', () => {
  it('credits a check-in at 1 point an hour, in the same transaction as the record', async () => {
    const volunteerId = await registerVolunteer(h);
    const activityId = await insertActivity(h);
    const created = await record({ volunteerId, activityId, source: 'check_in', minutes: 100 });
    expect(created.status).toBe(201);
    expect(created.body.source).toBe('check_in');
    const points = await pointsOf(volunteerId);
    expect(points.status).toBe(200);
    expect(points.body).toMatchObject({
      volunteerId,
      balancePoints: 1.5,
      earningHalfHoursThisYear: 3,
      annualCapHours: 1500,
      nextExpiry: { points: 1.5, on: '2029-12-06' },
    });
    expect(points.body.history).toEqual([
      expect.objectContaining({ kind: 'earned', points: 1.5, serviceRecordId: created.body.id }),
    ]);
    await expectBankBalanced(h);
  });

  it('gives 荣誉时 (manual, the default) no points, and keeps the two apart', async () => {
    const volunteerId = await registerVolunteer(h);
    const manual = await record({ volunteerId });
    expect(manual.status).toBe(201);
    expect(manual.body.source).toBe('manual');
    const [row] = await h.db.select().from(serviceRecords);
    expect(row!.source).toBe('manual');
    expect((await pointsOf(volunteerId)).body).toMatchObject({ balancePoints: 0, history: [] });
    expect(await h.db.select().from(pointsEntries)).toEqual([]);
  });

  it('applies the district rate and the activity multiplier, clamped to the district range', async () => {
    const volunteerId = await registerVolunteer(h);
    const hard = await insertActivity(h, { pointsMultiplier: 1.3 });
    const tooHard = await insertActivity(h, { pointsMultiplier: 9 });
    const patch = await h.request('PATCH', '/v1/settings', {
      key: h.keys.sk,
      body: { points: { pointsPerHour: 2 } },
    });
    expect(patch.status).toBe(200);
    await record({ volunteerId, activityId: hard, source: 'check_in', minutes: 60 });
    await record({ volunteerId, activityId: tooHard, source: 'check_in', minutes: 60 });
    // 1 h × 2 × 1.3 = 2.6; 1 h × 2 × 3 (the district's maximum) = 6.
    expect((await pointsOf(volunteerId)).body.balancePoints).toBe(8.6);
    await expectBankBalanced(h);
  });

  it('refuses a check-in that names no activity, at activityId, changing nothing', async () => {
    const volunteerId = await registerVolunteer(h);
    const response = await record({ volunteerId, source: 'check_in' });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: ['activityId'], code: 'required' }),
    ]);
    const unknown = await record({ volunteerId, source: 'hand_written' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toEqual(['source']);
    expect(await h.db.select().from(serviceRecords)).toEqual([]);
  });

  it('stops earning at the annual cap: hours past it stay recorded without points', async () => {
    const volunteerId = await registerVolunteer(h);
    const activityId = await insertActivity(h);
    await h.request('PATCH', '/v1/settings', {
      key: h.keys.sk,
      body: { points: { annualCapHours: 3 } },
    });
    await record({ volunteerId, activityId, source: 'check_in', minutes: 120 });
    await record({ volunteerId, activityId, source: 'check_in', minutes: 120 });
    await record({ volunteerId, activityId, source: 'check_in', minutes: 120 });
    // The cap counts per calendar year served: 2025's hours earn again.
    await record({
      volunteerId,
      activityId,
      source: 'check_in',
      minutes: 60,
      servedOn: '2025-06-01',
    });
    const points = (await pointsOf(volunteerId)).body;
    expect(points.balancePoints).toBe(4);
    expect(points.earningHalfHoursThisYear).toBe(6);
    expect(await h.db.select().from(serviceRecords)).toHaveLength(4);
    const hours = await h.request('GET', `/v1/volunteers/${volunteerId}/hours`, { key: h.keys.sk });
    expect(hours.body.servedHalfHours).toBe(14);
  });

  it('expires points after the district years (hours never), into the expired account', async () => {
    const volunteerId = await registerVolunteer(h);
    const activityId = await insertActivity(h);
    await record({ volunteerId, activityId, source: 'check_in', minutes: 120 });
    clock.advance(3 * YEAR_MS + DAY_MS);
    const points = (await pointsOf(volunteerId)).body;
    expect(points.balancePoints).toBe(0);
    expect(points.nextExpiry).toBeNull();
    expect(points.history.map((m: { kind: string; points: number }) => [m.kind, m.points])).toEqual(
      [
        ['expired', -2],
        ['earned', 2],
      ],
    );
    const hours = await h.request('GET', `/v1/volunteers/${volunteerId}/hours`, { key: h.keys.sk });
    expect(hours.body.balanceHalfHours).toBe(4);
    // A second read finds nothing more to expire.
    expect((await pointsOf(volunteerId)).body.history).toHaveLength(2);
    await expectBankBalanced(h);
  });
});

describe('GET /v1/volunteers/{id}/points', () => {
  it('is for staff of the volunteer’s community or street, audited; others are refused', async () => {
    const volunteerId = await registerVolunteer(h, { communityId: JINXIU });
    const jinxiu = await insertStaff(h, {
      login: 'jinxiu',
      roles: [{ role: 'community_staff', scope: JINXIU }],
    });
    const xianfeng = await insertStaff(h, {
      login: 'xianfeng',
      roles: [{ role: 'community_staff', scope: XIANFENG }],
    });
    const allowed = await pointsOf(volunteerId, await signInAs(h, jinxiu, clock.now()));
    expect(allowed.status).toBe(200);
    const refused = await pointsOf(volunteerId, await signInAs(h, xianfeng, clock.now()));
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await pointsOf(volunteerId, h.keys.pk)).status).toBe(403);
    expect((await pointsOf(volunteerId, h.keys.otherSk)).status).toBe(404);
    expect((await pointsOf('vol_bad')).status).toBe(400);
  });
});

describe('an activity’s points multiplier', () => {
  it('defaults to 1', async () => {
    const activityId = await insertActivity(h);
    const [row] = await h.db.select().from(activities).where(eq(activities.id, activityId));
    expect(row!.pointsMultiplier).toBe(1);
  });

  it('is set by staff within the district’s range, and refused outside it at its field', async () => {
    const activity = (pointsMultiplier: number) =>
      h.request('POST', '/v1/activities', {
        key: h.keys.sk,
        body: {
          communityId: JINXIU,
          title: '长者助浴',
          description: '为失能长者上门助浴',
          category: 'elderly_care',
          location: '锦绣香江社区',
          startsAt: '2026-12-20T01:00:00Z',
          endsAt: '2026-12-20T03:00:00Z',
          capacity: 4,
          pointsMultiplier,
        },
      });
    const created = await activity(2.5);
    expect(created.status).toBe(201);
    expect(created.body.pointsMultiplier).toBe(2.5);
    const tooHard = await activity(4);
    expect(tooHard.status).toBe(400);
    expect(tooHard.body.error.issues).toEqual([
      expect.objectContaining({ path: ['pointsMultiplier'], code: 'too_big' }),
    ]);
    const edited = await h.request('PATCH', `/v1/activities/${created.body.id}`, {
      key: h.keys.sk,
      body: { pointsMultiplier: 0.5 },
    });
    expect(edited.status).toBe(400);
    expect(edited.body.error.issues[0]).toMatchObject({
      path: ['pointsMultiplier'],
      code: 'too_small',
    });
    const [row] = await h.db.select().from(activities).where(eq(activities.id, created.body.id));
    expect(row!.pointsMultiplier).toBe(2.5);
  });
});
