import { describe, expect, it } from 'vitest';
import { organizations, surveyResponses, surveys } from '../src/db/tables/index.js';
import { newId } from '../src/services/ids.js';
import { useHarness } from './harness.js';
import { insertDonation, insertFund, insertNeed } from './funds-fixtures.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

// Sunday 2026-12-06, 09:00 in Beijing.
const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const NANCUN = '440113104';
const XIANFENG = '440113001001';
const SHIQIAO = '440113001';

const at = (iso: string) => new Date(iso);

async function tokenOf(login: string, roles: Parameters<typeof insertStaff>[1]['roles']) {
  const staff = await insertStaff(h, { login, roles });
  return signInAs(h, staff, clock.now());
}

interface QueueBody {
  data: { kind: string; id: string; communityId: string | null; since: string }[];
  nextCursor: string | null;
  counts: Record<string, number>;
}
const queue = (key: string, query: string) =>
  h.request<QueueBody>('GET', `/v1/staff/queue?${query}`, { key });
const ids = (body: QueueBody) => body.data.map((item) => item.id);

/** Needs waiting for review in three communities of two streets, posted out of order. */
async function needsToReview() {
  const place = (community: string, street: string) => ({
    communityCode: community,
    streetCode: street,
  });
  const jinxiuLate = await insertNeed(h, {
    ...place(JINXIU, NANCUN),
    status: 'pending_review',
    createdAt: at('2026-12-03T02:00:00Z'),
  });
  const jinxiuEarly = await insertNeed(h, {
    ...place(JINXIU, NANCUN),
    status: 'pending_review',
    createdAt: at('2026-12-01T02:00:00Z'),
  });
  const village = await insertNeed(h, {
    ...place(NANCUN_VILLAGE, NANCUN),
    status: 'pending_review',
    createdAt: at('2026-12-02T02:00:00Z'),
  });
  const xianfeng = await insertNeed(h, {
    ...place(XIANFENG, SHIQIAO),
    status: 'pending_review',
    createdAt: at('2026-11-30T02:00:00Z'),
  });
  await insertNeed(h, { ...place(JINXIU, NANCUN), status: 'open' });
  return { jinxiuEarly, jinxiuLate, village, xianfeng };
}

describe('GET /v1/staff/queue', () => {
  it('narrows every list to the caller’s scopes, oldest first, with counts', async () => {
    const needs = await needsToReview();
    const community = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const street = await tokenOf('nancun.street', [{ role: 'street_staff', scope: NANCUN }]);
    const admin = await tokenOf('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);

    const own = await queue(community, 'kind=needs_review');
    expect(own.status).toBe(200);
    expect(ids(own.body)).toEqual([needs.jinxiuEarly.id, needs.jinxiuLate.id]);
    expect(own.body.counts.needs_review).toBe(2);

    const streets = await queue(street, 'kind=needs_review');
    expect(ids(streets.body)).toEqual([
      needs.jinxiuEarly.id,
      needs.village.id,
      needs.jinxiuLate.id,
    ]);
    expect(streets.body.counts.needs_review).toBe(3);

    const district = await queue(admin, 'kind=needs_review');
    expect(ids(district.body)).toEqual([
      needs.xianfeng.id,
      needs.jinxiuEarly.id,
      needs.village.id,
      needs.jinxiuLate.id,
    ]);
    // The secret key acts as the district_admin.
    expect(ids((await queue(h.keys.sk, 'kind=needs_review')).body)).toEqual(ids(district.body));

    // Pages, oldest first.
    const first = await queue(street, 'kind=needs_review&limit=2');
    expect(ids(first.body)).toEqual([needs.jinxiuEarly.id, needs.village.id]);
    const second = await queue(
      street,
      `kind=needs_review&limit=2&cursor=${first.body.nextCursor!}`,
    );
    expect(ids(second.body)).toEqual([needs.jinxiuLate.id]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('reported needs and pending donations, each where it belongs', async () => {
    const reported = await insertNeed(h, { reportCount: 3, hidden: true });
    await insertNeed(h, {
      communityCode: XIANFENG,
      streetCode: SHIQIAO,
      reportCount: 1,
    });
    const jinxiuFund = await insertFund(h);
    const districtFund = await insertFund(h, { streetCode: null, communityCode: null });
    const pledge = await insertDonation(h, jinxiuFund.id, {
      createdAt: at('2026-12-04T02:00:00Z'),
    });
    await insertDonation(h, jinxiuFund.id, { status: 'succeeded' });
    const districtPledge = await insertDonation(h, districtFund.id, {
      createdAt: at('2026-12-01T02:00:00Z'),
    });

    const community = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const reports = await queue(community, 'kind=needs_reported');
    expect(reports.body.data).toEqual([
      expect.objectContaining({ id: reported.id, reportCount: 3, hidden: true }),
    ]);
    const pledges = await queue(community, 'kind=donations_pending');
    expect(pledges.body.data).toEqual([
      expect.objectContaining({ id: pledge.id, fundId: jinxiuFund.id, amountFen: 10_000 }),
    ]);
    expect(pledges.body.counts).toEqual({
      needs_review: 0,
      needs_reported: 1,
      donations_pending: 1,
      follow_ups: 0,
      proposals_to_score: 0,
    });
    // A district fund's pledges wait for the district.
    const all = await queue(h.keys.sk, 'kind=donations_pending');
    expect(ids(all.body)).toEqual([districtPledge.id, pledge.id]);
  });

  it('follow-ups carry their 15-working-day deadline across weekends, holidays and 调休', async () => {
    const admin = await tokenOf('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);
    const saved = await h.request('PATCH', '/v1/settings', {
      key: admin,
      body: {
        holidays: [
          {
            year: 2026,
            daysOff: [
              '2026-10-01',
              '2026-10-02',
              '2026-10-05',
              '2026-10-06',
              '2026-10-07',
              '2026-10-08',
            ],
            workdays: ['2026-09-27', '2026-10-10'],
          },
        ],
      },
    });
    expect(saved.status).toBe(200);
    const survey = 'svy_queuefollowup1';
    await h.db.insert(surveys).values({
      id: survey,
      districtCode: '440113',
      title: '社区服务满意度',
      description: '',
      subjectType: 'community_service',
      questions: [{ id: 'overall', type: 'rating', prompt: '总体评价', required: true }],
      resultsPublic: false,
    });
    const respond = async (subjectId: string, rating: number, createdAt: string) => {
      const [row] = await h.db
        .insert(surveyResponses)
        .values({
          id: newId('rsp'),
          surveyId: survey,
          subjectId,
          respondentHash: newId('rsp'),
          answers: [{ questionId: 'overall', value: rating }],
          createdAt: at(createdAt),
        })
        .returning();
      return row!;
    };
    // Friday 2026-09-25 before National Day: 10-22 once the holiday and its 调休 are counted.
    const beforeHoliday = await respond(JINXIU, 1, '2026-09-25T02:00:00Z');
    // Friday 20:00 UTC is Saturday 12-05 in Beijing: three weekends later, Friday 12-25.
    const saturday = await respond(JINXIU, 2, '2026-12-04T20:00:00Z');
    await respond(JINXIU, 5, '2026-12-01T02:00:00Z'); // content: nothing to follow up
    const elsewhere = await respond(XIANFENG, 1, '2026-12-02T02:00:00Z');

    const worker = await tokenOf('sw.jinxiu', [{ role: 'social_worker', scope: JINXIU }]);
    const list = await queue(worker, 'kind=follow_ups');
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: beforeHoliday.id,
        communityId: JINXIU,
        streetId: NANCUN,
        rating: 1,
        dueOn: '2026-10-22',
        overdue: true,
        calendarKnown: true,
      }),
      expect.objectContaining({
        id: saturday.id,
        rating: 2,
        dueOn: '2026-12-25',
        overdue: false,
        calendarKnown: true,
      }),
    ]);
    // A social worker reviews no needs: that list is empty for them, not refused.
    const review = await queue(worker, 'kind=needs_review');
    expect(review.status).toBe(200);
    expect(review.body.counts).toMatchObject({ follow_ups: 2, needs_review: 0 });

    const district = await queue(admin, 'kind=follow_ups');
    expect(ids(district.body)).toEqual([beforeHoliday.id, elsewhere.id, saturday.id]);
  });

  it('a follow-up about a street-wide organization waits for its street, not for a community', async () => {
    await h.db.insert(organizations).values({
      id: 'org_nancunStation01',
      districtCode: '440113',
      name: '南村镇社工站',
      kind: 'social_work_agency',
      registration: 'registered',
      streetCode: NANCUN,
    });
    await h.db.insert(surveys).values({
      id: 'svy_queueorgfollow1',
      districtCode: '440113',
      title: '社工站服务满意度',
      description: '',
      subjectType: 'organization',
      questions: [{ id: 'overall', type: 'rating', prompt: '总体评价', required: true }],
      resultsPublic: false,
    });
    const [low] = await h.db
      .insert(surveyResponses)
      .values({
        id: newId('rsp'),
        surveyId: 'svy_queueorgfollow1',
        subjectId: 'org_nancunStation01',
        respondentHash: 'respondent-1',
        answers: [{ questionId: 'overall', value: 1 }],
      })
      .returning();
    const street = await tokenOf('nancun.street', [{ role: 'street_staff', scope: NANCUN }]);
    const community = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const forStreet = await queue(street, 'kind=follow_ups');
    expect(forStreet.body.data).toEqual([
      expect.objectContaining({ id: low!.id, streetId: NANCUN, communityId: null }),
    ]);
    expect((await queue(community, 'kind=follow_ups')).body.data).toEqual([]);
  });

  it('proposals to score are empty until calls exist; 400 names a bad kind; pk keys are refused', async () => {
    const reviewer = await tokenOf('expert.li', [
      { role: 'reviewer', scope: 'call_0000000000000001' },
    ]);
    const proposals = await queue(reviewer, 'kind=proposals_to_score');
    expect(proposals.status).toBe(200);
    expect(proposals.body.data).toEqual([]);
    const bad = await queue(reviewer, 'kind=everything');
    expect(bad.status).toBe(400);
    expect(
      (bad.body as unknown as { error: { issues: { path: string[] }[] } }).error.issues[0]!.path,
    ).toEqual(['kind']);
    // A page's publishable key is no staff credential.
    const publishable = await queue(h.keys.pk, 'kind=needs_review');
    expect(publishable.status).toBe(403);
  });
});
