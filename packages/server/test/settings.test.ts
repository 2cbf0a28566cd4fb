import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const DEFAULTS = {
  points: {
    pointsPerHour: 1,
    activityMultiplier: { min: 1, max: 3 },
    annualCapHours: 1500,
    expiryYears: 3,
    familyTransfer: { enabled: true, minAge: 60 },
    donationBack: true,
  },
  holidays: [],
  publicIndicators: false,
  notifier: { provider: 'log' },
};

async function adminToken() {
  const staff = await insertStaff(h, {
    login: 'panyu.admin',
    roles: [{ role: 'district_admin', scope: '440113' }],
  });
  return signInAs(h, staff, clock.now());
}

const patch = (key: string, body: unknown) => h.request('PATCH', '/v1/settings', { key, body });

describe('GET/PATCH /v1/settings', () => {
  it('reads the defaults until something is saved, then keeps what is not changed', async () => {
    const token = await adminToken();
    const fresh = await h.request('GET', '/v1/settings', { key: token });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toEqual(DEFAULTS);

    const changed = await patch(token, {
      points: { annualCapHours: 1200 },
      holidays: [
        { year: 2026, daysOff: ['2026-10-01', '2026-10-02'], workdays: ['2026-09-27'] },
        { year: 2027, daysOff: ['2027-01-01'], workdays: [] },
      ],
      publicIndicators: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.points).toEqual({ ...DEFAULTS.points, annualCapHours: 1200 });

    // Another change: a year replaced, the points rules kept, the notifier named.
    const again = await patch(token, {
      points: { pointsPerHour: 2 },
      holidays: [{ year: 2026, daysOff: ['2026-10-01'], workdays: [] }],
      notifier: { provider: 'aliyun_sms' },
    });
    expect(again.body).toEqual({
      points: { ...DEFAULTS.points, annualCapHours: 1200, pointsPerHour: 2 },
      holidays: [
        { year: 2026, daysOff: ['2026-10-01'], workdays: [] },
        { year: 2027, daysOff: ['2027-01-01'], workdays: [] },
      ],
      publicIndicators: true,
      notifier: { provider: 'aliyun_sms' },
    });
    const read = await h.request('GET', '/v1/settings', { key: h.keys.sk });
    expect(read.body).toEqual(again.body);
    // 长宁区 still reads its defaults.
    expect((await h.request('GET', '/v1/settings', { key: h.keys.otherSk })).body).toEqual(
      DEFAULTS,
    );

    const audited = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'settings.update'));
    expect(audited).toHaveLength(2);
  });

  it('400 names every bad field by its path', async () => {
    const token = await adminToken();
    const bad = await patch(token, {
      points: { annualCapHours: 0, expiryYears: 1.5 },
      holidays: [
        { year: 2026, daysOff: ['2026-13-01'], workdays: ['2026-10-12'] },
        { year: 2026, daysOff: [], workdays: [] },
      ],
      notifier: { provider: 'aliyun_sms', accessKeySecret: 'never-here' },
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body.error.issues as { path: (string | number)[] }[]).map((issue) =>
      issue.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'points.annualCapHours',
        'points.expiryYears',
        'holidays.0.daysOff.0',
        'notifier.accessKeySecret',
      ]),
    );
    // A make-up working day must be a weekend day: 2026-10-12 is a Monday.
    const weekday = await patch(token, {
      holidays: [{ year: 2026, daysOff: [], workdays: ['2026-10-12'] }],
    });
    expect(weekday.body.error.issues.map((issue: { path: unknown[] }) => issue.path)).toEqual([
      ['holidays', 0, 'workdays'],
    ]);
    const twice = await patch(token, {
      holidays: [
        { year: 2026, daysOff: [], workdays: [] },
        { year: 2026, daysOff: [], workdays: [] },
      ],
    });
    expect(twice.body.error.issues[0].path).toEqual(['holidays']);
    // A rule across saved and given fields is checked on the result.
    const multiplier = await patch(token, { points: { activityMultiplier: { min: 4, max: 3 } } });
    expect(multiplier.status).toBe(400);
    expect(multiplier.body.error.issues[0].path).toEqual(['points', 'activityMultiplier', 'min']);
    expect((await h.request('GET', '/v1/settings', { key: token })).body).toEqual(DEFAULTS);
  });

  it('street staff are refused 403, audited', async () => {
    const street = await insertStaff(h, {
      login: 'nancun.street',
      roles: [{ role: 'street_staff', scope: '440113104' }],
    });
    const token = await signInAs(h, street, clock.now());
    expect((await h.request('GET', '/v1/settings', { key: token })).status).toBe(403);
    expect((await patch(token, { publicIndicators: true })).status).toBe(403);
    const refusals = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'permission.refused'));
    expect(refusals.map((entry) => entry.subjectId)).toEqual(['getSettings', 'updateSettings']);
  });
});
