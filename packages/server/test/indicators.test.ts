import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addDays, chinaDate, INDICATOR_CSV_COLUMNS } from '@wushe/schema';
import {
  communities,
  disbursements,
  donations,
  funds,
  organizations,
  projects,
  socialWorkers,
  surveyResponses,
} from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { useNeedHelpers } from './needs-fixtures.js';
import { INDICATORS_FRESH_FOR_MS } from '../src/services/indicators/stored-report.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';
import { registerVolunteer } from './volunteers-fixtures.js';
import { PROJECT, seedSurveyFixture, SURVEY, surveyHelpers, token } from './surveys-fixtures.js';

/** The linkage index (SPEC §12): each figure built from known rows and read back from the API. */

// The clock stands still at the time the file starts; a test reading the index again after a
// change moves it past the window a computed report is served for.
const clock = testClock(new Date());
const h = useHarness({ now: clock.now });
const recomputed = () => clock.advance(INDICATORS_FRESH_FOR_MS);
const { patch, postNeed, openNeed, claimed } = useNeedHelpers(h);

const JINXIU = '440113104001';
const NANCUN = '440113104002';
const NANCUN_TOWN = '440113104';
const XIANFENG = '440113001001';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
type Report = any;

async function report(division = '440113', key = h.keys.sk, query = ''): Promise<Report> {
  const response = await h.request('GET', `/v1/indicators?division=${division}${query}`, { key });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** One indicator of one division of a report. */
function figure(body: Report, division: string, id: string): Report {
  const found: Report = body.divisions
    .find((d: { code: string }) => d.code === division)
    ?.indicators.find((i: { id: string }) => i.id === id);
  if (!found) throw new Error(`no ${id} for ${division}`);
  return found;
}

const DISCLOSURE = {
  organizationName: '广州市番禺区慈善会',
  creditCode: '51440113MJL177142X',
  certificateNumber: '粤民慈证字第001号',
  filingNumber: '53440113MJL177142X',
  contact: '020-84600000',
  lookupUrl: 'https://cishan.chinanpo.mca.gov.cn',
};

describe('GET /v1/indicators: who may read it', () => {
  it('staff always; a publishable key only once the district makes the index public', async () => {
    const refused = await h.request('GET', '/v1/indicators?division=440113', { key: h.keys.pk });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('indicators_not_public');
    await h.request('PATCH', '/v1/settings', {
      key: h.keys.sk,
      body: { publicIndicators: true },
    });
    expect(
      (await h.request('GET', '/v1/indicators?division=440113', { key: h.keys.pk })).status,
    ).toBe(200);
  });

  it('a community worker reads her community, not the street; another district is 404', async () => {
    const staff = await insertStaff(h, {
      login: 'jinxiu.worker',
      roles: [{ role: 'community_staff', scope: JINXIU }],
    });
    const token = await signInAs(h, staff, new Date());
    const own = await report(JINXIU, token);
    expect(own.divisions.map((d: { code: string }) => d.code)).toEqual([JINXIU]);
    const street = await h.request('GET', `/v1/indicators?division=${NANCUN_TOWN}`, { key: token });
    expect(street.status).toBe(403);
    expect(street.body.error.code).toBe('forbidden');
    const other = await h.request('GET', '/v1/indicators?division=310105', { key: h.keys.sk });
    expect(other.status).toBe(404);
  });

  it('400 for a malformed division or a period that ends before it starts', async () => {
    const bad = await h.request('GET', '/v1/indicators?division=4401', { key: h.keys.sk });
    expect(bad.status).toBe(400);
    const backwards = await h.request(
      'GET',
      '/v1/indicators?division=440113&from=2026-12-01&to=2026-11-01',
      { key: h.keys.sk },
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues[0].path).toEqual(['from']);
  });

  it('lists the division first, then each street with its communities', async () => {
    const body = await report();
    expect(
      body.divisions.map((d: { code: string; level: string }) => `${d.level}:${d.code}`),
    ).toEqual([
      'district:440113',
      'street:440113001',
      `community:${XIANFENG}`,
      `street:${NANCUN_TOWN}`,
      `community:${JINXIU}`,
      `community:${NANCUN}`,
    ]);
    expect(figure(body, JINXIU, 'projects_served')).toMatchObject({
      available: true,
      value: 0,
    });
    expect(figure(body, JINXIU, 'projects_by_kind_status')).toMatchObject({
      available: true,
      value: 0,
      breakdown: [],
    });
  });
});

describe('GET /v1/indicators: the figures', () => {
  it('needs posted, fulfilled, fulfilment rate and median days', async () => {
    const fulfilled = await openNeed();
    await claimed(fulfilled);
    await patch(fulfilled, { status: 'fulfilled' });
    await openNeed();
    const rejected = await postNeed();
    await patch(rejected, { status: 'rejected', reason: '信息不全' });
    await postNeed({ communityId: XIANFENG });

    const body = await report();
    expect(figure(body, JINXIU, 'needs_posted').value).toBe(3);
    expect(figure(body, JINXIU, 'needs_fulfilled').value).toBe(1);
    expect(figure(body, JINXIU, 'fulfilment_rate')).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(figure(body, JINXIU, 'median_days_to_claim').value).toBe(0);
    expect(figure(body, NANCUN_TOWN, 'needs_posted').value).toBe(3);
    expect(figure(body, '440113', 'needs_posted').value).toBe(4);
    expect(figure(body, XIANFENG, 'fulfilment_rate')).toMatchObject({
      value: null,
      denominator: 0,
    });
    expect(figure(body, NANCUN, 'needs_posted').value).toBe(0);
  });

  it('posting, approving and fulfilling one need moves exactly the figures it should', async () => {
    const before = await report();
    const id = await openNeed({ communityId: NANCUN });
    await claimed(id);
    await patch(id, { status: 'fulfilled' });
    recomputed();
    const after = await report();
    const moved: string[] = [];
    for (const [d, division] of after.divisions.entries()) {
      for (const [i, indicator] of division.indicators.entries()) {
        if (JSON.stringify(indicator) !== JSON.stringify(before.divisions[d].indicators[i])) {
          moved.push(`${division.code}:${indicator.id}`);
        }
      }
    }
    const needFigures = [
      'needs_posted',
      'needs_fulfilled',
      'fulfilment_rate',
      'median_days_to_claim',
      'median_days_to_fulfil',
    ];
    expect(moved.sort()).toEqual(
      ['440113', NANCUN_TOWN, NANCUN]
        .flatMap((code) => needFigures.map((f) => `${code}:${f}`))
        .sort(),
    );
    expect(figure(after, NANCUN, 'fulfilment_rate')).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
  });

  it('CSAT and NPS with their intervals, withheld below n = 10', async () => {
    await seedSurveyFixture(h);
    const { respondAll, respond } = surveyHelpers(h);
    await h.db.update(projects).set({ communityCode: JINXIU }).where(eq(projects.id, PROJECT));
    // Nine responses: 7 satisfied (4–5), NPS 5 promoters, 2 detractors.
    const answers = [5, 5, 4, 4, 4, 5, 4, 2, 3].map((overall, i) => ({
      overall,
      recommend: i < 5 ? 10 : i < 7 ? 8 : 3,
    }));
    await respondAll(answers);
    const nine = await report();
    expect(figure(nine, JINXIU, 'csat')).toMatchObject({
      value: null,
      numerator: null,
      denominator: 9,
      withheld: true,
      interval: null,
    });
    await respond({ overall: 5, recommend: 9 }, { token: token(99), survey: SURVEY });
    recomputed();
    const ten = await report();
    const csat = figure(ten, JINXIU, 'csat');
    expect(csat).toMatchObject({ value: 80, numerator: 8, denominator: 10, withheld: false });
    // Wilson 95% interval of 8 of 10: 49.0–94.3.
    expect(csat.interval).toEqual({ low: 49, high: 94.3 });
    const nps = figure(ten, JINXIU, 'nps');
    expect(nps).toMatchObject({ value: 40, numerator: 4, denominator: 10, withheld: false });
    expect(figure(ten, NANCUN_TOWN, 'csat').value).toBe(80);
    expect(figure(ten, NANCUN, 'csat')).toMatchObject({ denominator: 0, withheld: true });
  });

  it('差评 due on the district calendar; figures say when a year has no calendar', async () => {
    await seedSurveyFixture(h);
    await h.db.update(projects).set({ communityCode: JINXIU }).where(eq(projects.id, PROJECT));
    const { respondAll } = surveyHelpers(h);
    await respondAll([{ overall: 1 }, { overall: 2 }, { overall: 5 }]);
    // One 差评 came 40 days ago (its 15 working days are over), one today.
    const [first] = await h.db.select().from(surveyResponses).limit(1);
    await h.db
      .update(surveyResponses)
      .set({ createdAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(surveyResponses.id, first!.id));
    const body = await report();
    expect(body.calendarKnown).toBe(false);
    expect(figure(body, JINXIU, 'low_ratings_followed_up')).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
      calendarKnown: false,
      target: { value: 100, comparison: 'at_least' },
    });
    const today = chinaDate(new Date());
    const years = [
      ...new Set([
        addDays(today, -364).slice(0, 4),
        today.slice(0, 4),
        String(Number(today.slice(0, 4)) + 1),
      ]),
    ];
    await h.request('PATCH', '/v1/settings', {
      key: h.keys.sk,
      body: { holidays: years.map((year) => ({ year: Number(year), daysOff: [], workdays: [] })) },
    });
    recomputed();
    const known = await report();
    expect(known.calendarKnown).toBe(true);
    expect(figure(known, JINXIU, 'low_ratings_followed_up').calendarKnown).toBe(true);
  });

  it('community social organizations per community against 10 urban / 5 rural', async () => {
    await h.db
      .update(communities)
      .set({ kind: 'rural_village' })
      .where(eq(communities.code, NANCUN));
    await h.db
      .update(communities)
      .set({ kind: 'urban_community' })
      .where(eq(communities.code, JINXIU));
    const org = (i: number, communityCode: string | null, extra: object = {}) => ({
      id: `org_indicator${String(i).padStart(4, '0')}`,
      districtCode: '440113',
      name: `社区社会组织${i}`,
      kind: 'community_social_org',
      category: 'culture',
      registration: 'filed',
      streetCode: NANCUN_TOWN,
      communityCode,
      ...extra,
    });
    await h.db
      .insert(organizations)
      .values([
        ...[1, 2, 3, 4, 5].map((i) => org(i, NANCUN)),
        ...[6, 7, 8].map((i) => org(i, JINXIU)),
        org(9, JINXIU, { active: false }),
        org(10, JINXIU, { kind: 'social_work_agency', category: null }),
      ]);
    const body = await report();
    expect(figure(body, NANCUN, 'social_orgs_per_community')).toMatchObject({
      value: 5,
      numerator: 5,
      denominator: 1,
      target: { value: 5, source: '民政部, 2017' },
      score: 5,
    });
    // 3 of 10: 30% of the target reached, score 2.
    expect(figure(body, JINXIU, 'social_orgs_per_community')).toMatchObject({
      value: 3,
      target: { value: 10 },
      score: 2,
    });
    expect(figure(body, NANCUN_TOWN, 'social_orgs_per_community')).toMatchObject({
      value: 4,
      numerator: 8,
      denominator: 2,
      target: { value: 7.5 },
      score: 3,
    });
    expect(
      body.divisions[0].indicators.some(
        (i: { id: string }) => i.id === 'social_orgs_per_community_changning',
      ),
    ).toBe(false);
    const changning = await report('310105', h.keys.otherSk);
    expect(figure(changning, '310105', 'social_orgs_per_community_changning')).toMatchObject({
      value: 0,
      target: { value: 12, source: '长宁区 plan, 2023' },
      score: 1,
    });
  });

  it('social workers serving: active ones, by community or whole street', async () => {
    await h.db.insert(socialWorkers).values([
      {
        id: 'sw_indicator0001',
        districtCode: '440113',
        name: '社工甲',
        communityCode: JINXIU,
        streetCode: NANCUN_TOWN,
      },
      { id: 'sw_indicator0002', districtCode: '440113', name: '社工乙', streetCode: NANCUN_TOWN },
      {
        id: 'sw_indicator0003',
        districtCode: '440113',
        name: '社工丙',
        communityCode: JINXIU,
        active: false,
      },
    ]);
    const body = await report();
    expect(figure(body, JINXIU, 'social_workers_serving').value).toBe(1);
    expect(figure(body, NANCUN_TOWN, 'social_workers_serving').value).toBe(2);
    expect(figure(body, '440113', 'social_workers_serving').value).toBe(2);
  });

  it('volunteers per 100 residents, hours, hours per volunteer and active volunteers', async () => {
    await h.db.update(communities).set({ population: 20 }).where(eq(communities.code, JINXIU));
    const first = await registerVolunteer(h, { mobile: '13800138001' });
    await registerVolunteer(h, { mobile: '13800138002' });
    await registerVolunteer(h, { mobile: '13800138003', communityId: NANCUN });
    const servedOn = addDays(chinaDate(new Date()), -3);
    for (const minutes of [60, 100]) {
      const recorded = await h.request('POST', '/v1/service-records', {
        key: h.keys.sk,
        body: { volunteerId: first, servedOn, minutes, content: '陪同长者复诊' },
      });
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    }
    const body = await report();
    // 2 volunteers of 20 residents: 10 per 100, the target met.
    expect(figure(body, JINXIU, 'volunteers_per_hundred_residents')).toMatchObject({
      value: 10,
      numerator: 2,
      denominator: 20,
      target: { value: 10 },
      score: 5,
    });
    // 南村村's population is unknown: the street counts 锦绣香江 only.
    expect(figure(body, NANCUN_TOWN, 'volunteers_per_hundred_residents')).toMatchObject({
      numerator: 2,
      denominator: 20,
    });
    expect(figure(body, NANCUN, 'volunteers_per_hundred_residents').value).toBeNull();
    // 60 min → 1 h, 100 min → 1.5 h.
    expect(figure(body, JINXIU, 'volunteer_hours').value).toBe(2.5);
    expect(figure(body, JINXIU, 'hours_per_volunteer')).toMatchObject({
      value: 1.25,
      numerator: 2.5,
      denominator: 2,
    });
    expect(figure(body, JINXIU, 'active_volunteers').value).toBe(1);
    expect(figure(body, NANCUN_TOWN, 'hours_per_volunteer')).toMatchObject({
      value: 0.83,
      denominator: 3,
    });
  });

  it('funds raised, donors, disbursed, share disbursed and complete disclosure', async () => {
    const fund = (
      id: string,
      communityCode: string | null,
      disclosure: typeof DISCLOSURE | null,
    ) => ({
      id,
      districtCode: '440113',
      name: `社区基金${id}`,
      description: '社区慈善基金',
      communityCode,
      streetCode: communityCode ? NANCUN_TOWN : null,
      mode: 'direct',
      targetFen: 10_000_00,
      disclosure,
    });
    await h.db
      .insert(funds)
      .values([
        fund('fund_indicator01', JINXIU, DISCLOSURE),
        fund('fund_indicator02', JINXIU, { ...DISCLOSURE, filingNumber: '' }),
        fund('fund_indicator03', null, DISCLOSURE),
      ]);
    const now = new Date();
    const donation = (
      i: number,
      fundId: string,
      amountFen: number,
      donorMobile: string | null,
      status = 'succeeded',
      confirmedAt: Date = now,
    ) => ({
      id: `don_indicator${String(i).padStart(4, '0')}`,
      districtCode: '440113',
      fundId,
      amountFen,
      status,
      channel: 'offline',
      reference: `REF-${i}`,
      donorMobile,
      anonymous: donorMobile === null,
      publishName: false,
      confirmedAt,
    });
    await h.db
      .insert(donations)
      .values([
        donation(1, 'fund_indicator01', 100_00, '13800138001'),
        donation(2, 'fund_indicator01', 50_00, '13800138001'),
        donation(3, 'fund_indicator02', 30_00, null),
        donation(4, 'fund_indicator01', 999_00, '13800138009', 'pending'),
        donation(5, 'fund_indicator03', 500_00, '13800138005'),
        donation(
          6,
          'fund_indicator01',
          20_00,
          '13800138006',
          'succeeded',
          new Date(Date.now() - 500 * 86_400_000),
        ),
      ]);
    await h.db.insert(disbursements).values([
      {
        id: 'dsb_indicator0001',
        fundId: 'fund_indicator01',
        amountFen: 60_00,
        purpose: '长者饭堂',
        recipient: '锦绣香江长者会',
        paidAt: now,
      },
    ]);
    const body = await report();
    expect(figure(body, JINXIU, 'funds_raised').value).toBe(180_00);
    expect(figure(body, JINXIU, 'donors').value).toBe(2);
    expect(figure(body, JINXIU, 'funds_disbursed').value).toBe(60_00);
    // 60 of 200 raised by the end of the period (the 20 of last year included).
    expect(figure(body, JINXIU, 'share_disbursed')).toMatchObject({
      value: 30,
      numerator: 60_00,
      denominator: 200_00,
    });
    expect(figure(body, JINXIU, 'funds_disclosed')).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
      target: { value: 100 },
      score: 3,
    });
    expect(figure(body, '440113', 'funds_raised').value).toBe(680_00);
    expect(figure(body, '440113', 'donors').value).toBe(3);
    expect(figure(body, '440113', 'funds_disclosed')).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
    expect(figure(body, NANCUN, 'funds_disclosed')).toMatchObject({ value: null, denominator: 0 });
  });

  it('Accept: text/csv gives the same table, with a BOM and a header row', async () => {
    const json = await report();
    const response = await h.app.request('/v1/indicators?division=440113', {
      headers: { Authorization: `Bearer ${h.keys.sk}`, Accept: 'text/csv' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(INDICATOR_CSV_COLUMNS.join(','));
    const rows: number = json.divisions.reduce(
      (sum: number, d: { indicators: unknown[] }): number => sum + d.indicators.length,
      0,
    );
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/^440113,番禺区,district,,community,needs_posted,count,true,0,/);
    // Every row says when the figures were computed: the JSON's `computedAt`.
    expect(lines[1]!.endsWith(`,${json.computedAt}`)).toBe(true);
  });
});
