import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, followUpRecords, surveyResponses, surveys } from '../src/db/tables/index.js';
import { newId } from '../src/services/ids.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

// Sunday 2026-12-06, 09:00 in Beijing.
const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN = '440113104';
const XIANFENG = '440113001001';

async function tokenOf(login: string, roles: Parameters<typeof insertStaff>[1]['roles']) {
  const staff = await insertStaff(h, { login, roles });
  return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
}

/** A community-service survey of 番禺区 and one response per rating, in the given community. */
async function ratings(community: string, values: number[]) {
  const survey = newId('svy');
  await h.db.insert(surveys).values({
    id: survey,
    districtCode: '440113',
    title: '社区服务满意度',
    description: '',
    subjectType: 'community_service',
    questions: [{ id: 'overall', type: 'rating', prompt: '总体评价', required: true }],
    resultsPublic: false,
  });
  const rows = await h.db
    .insert(surveyResponses)
    .values(
      values.map((value, i) => ({
        id: newId('rsp'),
        surveyId: survey,
        subjectId: community,
        respondentHash: `respondent-${String(i)}`,
        answers: [{ questionId: 'overall', value }],
        createdAt: new Date(`2026-12-0${String(i + 1)}T02:00:00Z`),
      })),
    )
    .returning();
  return rows.map((row) => row.id);
}

const record = (
  key: string,
  id: string,
  body: object = { outcome: 'resolved', notes: '已电话回访，居民表示满意。' },
) => h.request('POST', `/v1/staff/follow-ups/${id}`, { key, body });

const followUpIds = async (key: string) =>
  (
    await h.request<{ data: { id: string }[]; counts: { follow_ups: number } }>(
      'GET',
      '/v1/staff/queue?kind=follow_ups',
      { key },
    )
  ).body;

describe('POST /v1/staff/follow-ups/{id}', () => {
  it('records who followed up, when and how; the rating leaves the queue; audited', async () => {
    const [low, lower] = await ratings(JINXIU, [2, 1]);
    const worker = await tokenOf('sw.jinxiu', [{ role: 'social_worker', scope: JINXIU }]);
    expect((await followUpIds(worker.token)).data.map((item) => item.id)).toEqual([low, lower]);

    const done = await record(worker.token, low!, {
      outcome: 'explained',
      notes: '  已上门说明情况，居民仍希望增加服务时段。  ',
    });
    expect(done.status).toBe(201);
    expect(done.body).toEqual({
      id: expect.stringMatching(/^fup_/),
      responseId: low,
      outcome: 'explained',
      notes: '已上门说明情况，居民仍希望增加服务时段。',
      recordedBy: { accountId: worker.id, name: 'sw.jinxiu 的姓名', role: 'social_worker' },
      recordedAt: '2026-12-06T01:00:00.000Z',
    });
    const queue = await followUpIds(worker.token);
    expect(queue.data.map((item) => item.id)).toEqual([lower]);
    expect(queue.counts.follow_ups).toBe(1);

    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'follow_up.record'));
    expect(entry).toMatchObject({
      accountId: worker.id,
      role: 'social_worker',
      subjectType: 'survey_response',
      subjectId: low,
      detail: { followUpId: done.body.id, outcome: 'explained' },
    });
  });

  it('is recorded once: a second record is 409 follow_up_already_recorded', async () => {
    const [low] = await ratings(JINXIU, [1]);
    const staff = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    expect((await record(staff.token, low!)).status).toBe(201);
    const again = await record(staff.token, low!);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('follow_up_already_recorded');
    // Two at the same moment: one wins, the other is told.
    const [other] = await ratings(JINXIU, [2]);
    const both = await Promise.all([record(staff.token, other!), record(h.keys.sk, other!)]);
    expect(both.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await h.db.select().from(followUpRecords)).toHaveLength(2);
  });

  it('is refused outside the caller’s scope (403, audited) and to roles that do not follow up', async () => {
    const [elsewhere] = await ratings(XIANFENG, [1]);
    const [here] = await ratings(JINXIU, [1]);
    const street = await tokenOf('nancun.street', [{ role: 'street_staff', scope: NANCUN }]);
    const refused = await record(street.token, elsewhere!);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const refusals = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'permission.refused'));
    expect(refusals.map((row) => row.subjectId)).toContain('recordFollowUp');
    // A street's staff follow up its communities' ratings.
    expect((await record(street.token, here!)).status).toBe(201);
    const member = await tokenOf('elders.member', [
      { role: 'org_member', scope: 'org_0000000000000001' },
    ]);
    const [another] = await ratings(JINXIU, [2]);
    expect((await record(member.token, another!)).status).toBe(403);
    expect(await h.db.select().from(followUpRecords)).toHaveLength(1);
  });

  it('404 for a content rating, an unknown or another district’s response; 400 names the field', async () => {
    const [content] = await ratings(JINXIU, [5]);
    expect((await record(h.keys.sk, content!)).status).toBe(404);
    expect((await record(h.keys.sk, 'rsp_doesnotexist00')).status).toBe(404);
    const [low] = await ratings(JINXIU, [1]);
    expect((await record(h.keys.otherSk, low!)).status).toBe(404);
    const bad = await record(h.keys.sk, low!, { outcome: 'maybe', notes: '' });
    expect(bad.status).toBe(400);
    expect(
      (bad.body.error.issues as { path: string[] }[]).map((issue) => issue.path.join('.')).sort(),
    ).toEqual(['notes', 'outcome']);
    // The secret key (a portal's server) records as the district admin, with no person.
    const byKey = await record(h.keys.sk, low!);
    expect(byKey.status).toBe(201);
    expect(byKey.body.recordedBy).toEqual({ accountId: null, name: null, role: 'district_admin' });
  });
});
