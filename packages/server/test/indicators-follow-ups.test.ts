import { describe, expect, it } from 'vitest';
import {
  followUpRecords,
  socialWorkers,
  surveyResponses,
  surveys,
} from '../src/db/tables/index.js';
import { newId } from '../src/services/ids.js';
import { useHarness } from './harness.js';
import { insertStaff, testClock } from './staff-fixtures.js';

/**
 * The linkage index's follow-up figures (SPEC §12), each built from known 差评 and follow-up rows
 * and read back from `GET /v1/indicators`.
 */

// Sunday 2026-12-06, 09:00 in Beijing: the default period is 2025-12-07 to 2026-12-06.
const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });

const DISTRICT = '440113';
const JINXIU = '440113104001';
const NANCUN_TOWN = '440113104';
const XIANFENG = '440113001001';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
type Report = any;

async function figure(division: string, id: string): Promise<Report> {
  const response = await h.request('GET', `/v1/indicators?division=${DISTRICT}`, {
    key: h.keys.sk,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const found = response.body.divisions
    .find((d: { code: string }) => d.code === division)
    ?.indicators.find((i: { id: string }) => i.id === id);
  if (!found) throw new Error(`no ${id} for ${division}`);
  return found;
}

/** A community-service rating of `value` in `community`, received at `at` (Beijing noon). */
async function rating(community: string, value: number, on: string) {
  const survey = newId('svy');
  await h.db.insert(surveys).values({
    id: survey,
    districtCode: DISTRICT,
    title: '社区服务满意度',
    description: '',
    subjectType: 'community_service',
    questions: [{ id: 'overall', type: 'rating', prompt: '总体评价', required: true }],
    resultsPublic: false,
  });
  const id = newId('rsp');
  await h.db.insert(surveyResponses).values({
    id,
    surveyId: survey,
    subjectId: community,
    respondentHash: `respondent-${id}`,
    answers: [{ questionId: 'overall', value }],
    createdAt: new Date(`${on}T12:00:00+08:00`),
  });
  return id;
}

/** A follow-up of `responseId` recorded on `on` (Beijing noon) by `accountId`. */
async function followUp(responseId: string, on: string, accountId: string | null) {
  await h.db.insert(followUpRecords).values({
    id: newId('fup'),
    districtCode: DISTRICT,
    responseId,
    outcome: 'resolved',
    notes: '已电话回访。',
    accountId,
    apiKeyId: accountId ? `staff:${accountId}` : 'key_secret',
    role: accountId ? 'social_worker' : 'district_admin',
    recordedAt: new Date(`${on}T12:00:00+08:00`),
  });
}

/** A social worker of Jinxiu linked to a staff account, and a community worker who is not one. */
async function accounts() {
  const worker = await insertStaff(h, {
    login: 'sw.jinxiu',
    roles: [{ role: 'social_worker', scope: JINXIU }],
  });
  await h.db.insert(socialWorkers).values({
    id: 'sw_followups0001',
    districtCode: DISTRICT,
    name: '社工甲',
    communityCode: JINXIU,
    streetCode: NANCUN_TOWN,
    accountId: worker.id,
  });
  const staff = await insertStaff(h, {
    login: 'chen.xiaohong',
    roles: [{ role: 'community_staff', scope: JINXIU }],
  });
  return { worker: worker.id, staff: staff.id };
}

/** Every year from 2025 to 2027 on the district calendar, with no holidays: Monday to Friday. */
async function plainCalendar() {
  const response = await h.request('PATCH', '/v1/settings', {
    key: h.keys.sk,
    body: { holidays: [2025, 2026, 2027].map((year) => ({ year, daysOff: [], workdays: [] })) },
  });
  expect(response.status).toBe(200);
}

describe('GET /v1/indicators: follow-ups', () => {
  it('差评 followed up within 15 working days, of those due or followed up', async () => {
    await plainCalendar();
    const { worker, staff } = await accounts();
    // Received Thursday 2026-10-01: 15 working days end Thursday 2026-10-22, long past.
    await followUp(await rating(JINXIU, 1, '2026-10-01'), '2026-10-10', worker); // in time
    await followUp(await rating(JINXIU, 2, '2026-10-01'), '2026-11-20', staff); // late
    await rating(JINXIU, 2, '2026-10-01'); // due, never followed up
    // Received Thursday 2026-12-03: not due yet; one already followed up counts, in time.
    await followUp(await rating(JINXIU, 1, '2026-12-03'), '2026-12-04', null);
    await rating(JINXIU, 1, '2026-12-03'); // not due, not followed up: not counted
    await rating(JINXIU, 3, '2026-10-01'); // not a 差评
    // Received before the period: outside the rate whatever its follow-up.
    await followUp(await rating(JINXIU, 1, '2025-11-03'), '2025-11-05', worker);
    await rating(XIANFENG, 1, '2026-10-01'); // due elsewhere, never followed up

    // Jinxiu: due or followed up = 3 due + 1 followed up early = 4; in time = 2.
    expect(await figure(JINXIU, 'low_ratings_followed_up')).toMatchObject({
      available: true,
      value: 50,
      numerator: 2,
      denominator: 4,
      calendarKnown: true,
      target: { value: 100, comparison: 'at_least' },
    });
    expect(await figure(NANCUN_TOWN, 'low_ratings_followed_up')).toMatchObject({
      value: 50,
      numerator: 2,
      denominator: 4,
    });
    // The district adds Xianfeng's unanswered one: 2 of 5.
    expect(await figure(DISTRICT, 'low_ratings_followed_up')).toMatchObject({
      value: 40,
      numerator: 2,
      denominator: 5,
    });
    expect(await figure(XIANFENG, 'low_ratings_followed_up')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('a deadline in a year the calendar does not know says so', async () => {
    await followUp(await rating(JINXIU, 1, '2026-10-01'), '2026-10-10', null);
    expect(await figure(JINXIU, 'low_ratings_followed_up')).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
      calendarKnown: false,
    });
  });

  it('follow-ups done by social workers in the period, where the rated subject is', async () => {
    const { worker, staff } = await accounts();
    await followUp(await rating(JINXIU, 1, '2026-10-01'), '2026-10-10', worker);
    await followUp(await rating(JINXIU, 2, '2026-12-03'), '2026-12-04', worker);
    // Received before the period, followed up in it: counted.
    await followUp(await rating(XIANFENG, 1, '2025-11-03'), '2025-12-10', worker);
    // Followed up before the period: not counted.
    await followUp(await rating(JINXIU, 1, '2025-11-03'), '2025-11-05', worker);
    // By someone who is not a social worker, or by a secret key: not counted.
    await followUp(await rating(JINXIU, 1, '2026-10-01'), '2026-10-10', staff);
    await followUp(await rating(JINXIU, 1, '2026-10-02'), '2026-10-10', null);

    expect(await figure(JINXIU, 'follow_ups_done')).toMatchObject({ available: true, value: 2 });
    expect(await figure(NANCUN_TOWN, 'follow_ups_done')).toMatchObject({ value: 2 });
    expect(await figure(XIANFENG, 'follow_ups_done')).toMatchObject({ value: 1 });
    expect(await figure(DISTRICT, 'follow_ups_done')).toMatchObject({ value: 3 });
  });
});
