import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, surveys } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { testClock } from './staff-fixtures.js';
import { staffSessions } from './programs-fixtures.js';
import { registerVolunteer } from './volunteers-fixtures.js';

/* Volunteer hours, service records and follow-ups are staff routes, scoped by role (SPEC §9). */

const clock = testClock();
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const SURVEY = 'svy_jinxiu0000001';

const tokens: Record<string, string> = {};
let volunteer = '';
beforeEach(async () => {
  clock.reset();
  volunteer = await registerVolunteer(h, { communityId: JINXIU });
  await h.db.insert(surveys).values({
    id: SURVEY,
    districtCode: '440113',
    communityCode: JINXIU,
    title: '社区服务满意度',
    description: '',
    subjectType: 'community_service',
    questions: [{ id: 'overall', type: 'rating', prompt: '总体满意度', required: true }],
    resultsPublic: false,
  });
  const people = {
    jinxiu: [{ role: 'community_staff', scope: JINXIU }],
    nancun: [{ role: 'community_staff', scope: NANCUN_VILLAGE }],
    worker: [{ role: 'social_worker', scope: '440113104' }],
    member: [{ role: 'org_member', scope: 'org_0000000000000001' }],
  } as const;
  Object.assign(tokens, await staffSessions(h, people, clock.now()));
});

const ROUTE_OF = {
  hours: 'getVolunteerHours',
  record: 'createServiceRecord',
  followUps: 'listSurveyFollowUps',
} as const;

const calls = {
  hours: (key: string) => h.request('GET', `/v1/volunteers/${volunteer}/hours`, { key }),
  record: (key: string) =>
    h.request('POST', '/v1/service-records', {
      key,
      body: {
        volunteerId: volunteer,
        servedOn: '2026-12-01',
        minutes: 90,
        content: '陪同长者复诊',
      },
    }),
  followUps: (key: string) => h.request('GET', `/v1/surveys/${SURVEY}/follow-ups`, { key }),
};

describe('staff routes that were secret-key only', () => {
  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    '%s: community staff and social workers of the place, and the secret key; others 403, audited',
    async (name) => {
      const call = calls[name];
      for (const who of ['jinxiu', 'worker'] as const) {
        const response = await call(tokens[who]!);
        expect(response.status, `${who}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      }
      expect((await call(h.keys.sk)).status).toBeLessThan(300);
      for (const who of ['nancun', 'member'] as const) {
        const response = await call(tokens[who]!);
        expect(response.status, who).toBe(403);
        expect(response.body.error.code).toBe('forbidden');
      }
      expect((await call(h.keys.pk)).body.error.code).toBe('secret_key_required');
      const refused = await h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'permission.refused'));
      expect(refused.map((row) => row.subjectId)).toEqual([ROUTE_OF[name], ROUTE_OF[name]]);
    },
  );

  it('the audit names the person and the role that recorded hours', async () => {
    expect((await calls.record(tokens.worker!)).status).toBe(201);
    const [row] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'service_record.create'));
    expect(row).toMatchObject({ role: 'social_worker', accountId: expect.stringMatching(/^acc_/) });
  });
});
