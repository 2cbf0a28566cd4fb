import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { MIN_PUBLIC_N } from '@wushe/schema';
import {
  activities,
  auditLog,
  organizations,
  projects,
  surveyResponses,
  surveys,
} from '../src/db/tables/index.js';
import { keyedHash } from '../src/services/secrets.js';
import { csatEstimate, meanOf, npsEstimate } from '../src/services/surveys/statistics.js';
import { CONSENT, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.reset();
  await seedFixture();
});

const SURVEY = 'svy_satisfaction01';
const PRIVATE = 'svy_private000001';
const CLOSED = 'svy_closed0000001';
const CHANGNING = 'svy_changning0001';
const PROJECT = 'prj_panyu00000001';
const OTHER_PROJECT = 'prj_panyu00000002';
const CHANGNING_PROJECT = 'prj_changning0001';

const QUESTIONS = [
  { id: 'overall', type: 'rating', prompt: '总体满意度', required: true },
  { id: 'staff', type: 'rating', prompt: '服务人员态度', required: false },
  {
    id: 'recommend',
    type: 'nps',
    prompt: '您有多大可能向邻居推荐',
    required: false,
    lowLabel: '不可能',
    highLabel: '非常可能',
  },
  {
    id: 'channel',
    type: 'single',
    prompt: '您从哪里得知本项目',
    required: false,
    options: [
      { id: 'wechat', label: '微信群' },
      { id: 'poster', label: '社区公告栏' },
    ],
  },
  {
    id: 'liked',
    type: 'multi',
    prompt: '您满意哪些方面',
    required: false,
    maxChoices: 2,
    options: [
      { id: 'staff', label: '社工' },
      { id: 'timing', label: '时间安排' },
      { id: 'venue', label: '场地' },
    ],
  },
  { id: 'comment', type: 'text', prompt: '意见和建议', required: false, maxLength: 50 },
];

const survey = (id: string, districtCode: string, extra: Partial<typeof surveys.$inferInsert>) => ({
  id,
  districtCode,
  title: '长者饭堂服务满意度评价',
  description: '一事一评，感谢参与',
  subjectType: 'project',
  questions: QUESTIONS,
  resultsPublic: true,
  ...extra,
});

async function seedFixture() {
  await h.db.insert(organizations).values([
    {
      id: 'org_panyu00000001',
      districtCode: '440113',
      name: '锦绣香江长者会',
      kind: 'community_social_org',
      category: 'service',
      registration: 'filed',
    },
    {
      id: 'org_changning0001',
      districtCode: '310105',
      name: '长宁区某社工机构',
      kind: 'social_work_agency',
      registration: 'registered',
    },
  ]);
  const project = {
    kind: 'government_purchase',
    budgetFen: 5_000_000,
    startsOn: '2026-01-01',
    status: 'running',
  };
  await h.db.insert(projects).values([
    {
      ...project,
      id: PROJECT,
      districtCode: '440113',
      name: '长者饭堂',
      organizationId: 'org_panyu00000001',
    },
    {
      ...project,
      id: OTHER_PROJECT,
      districtCode: '440113',
      name: '四点半课堂',
      organizationId: 'org_panyu00000001',
    },
    {
      ...project,
      id: CHANGNING_PROJECT,
      districtCode: '310105',
      name: '睦邻中心',
      organizationId: 'org_changning0001',
    },
  ]);
  await h.db.insert(activities).values({
    id: 'act_panyu00000001',
    districtCode: '440113',
    communityCode: '440113104001',
    title: '义剪',
    description: '为长者义务理发',
    category: '养老服务',
    location: '社区服务站',
    startsAt: new Date('2026-03-01T01:00:00Z'),
    endsAt: new Date('2026-03-01T04:00:00Z'),
    capacity: 10,
  });
  await h.db
    .insert(surveys)
    .values([
      survey(SURVEY, '440113', {}),
      survey(PRIVATE, '440113', { resultsPublic: false }),
      survey(CLOSED, '440113', { open: false }),
      survey(CHANGNING, '310105', {}),
    ]);
}

const token = (i: number) => `resident-token-${String(i).padStart(4, '0')}`;

type Answers = Record<string, number | string | string[]>;
function respond(
  answers: Answers,
  init: {
    token?: string;
    subjectId?: string;
    survey?: string;
    key?: string | null;
    extra?: object;
    headers?: Record<string, string>;
  } = {},
) {
  return h.request('POST', `/v1/surveys/${init.survey ?? SURVEY}/responses`, {
    ...(init.key !== undefined ? { key: init.key } : {}),
    headers: init.headers ?? {},
    body: {
      respondentToken: init.token ?? token(0),
      subjectId: init.subjectId ?? PROJECT,
      answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
      ...init.extra,
    },
  });
}

/** Posts one response per entry, each with its own token, and fails loudly if any is refused. */
async function respondAll(all: Answers[], subjectId = PROJECT, surveyId = SURVEY) {
  for (const [i, answers] of all.entries()) {
    const response = await respond(answers, { token: token(i), subjectId, survey: surveyId });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  }
}

const issuesOf = (body: {
  error: { issues: { path: unknown[]; code: string; params?: object }[] };
}) =>
  body.error.issues.map(({ path, code, params }) => ({
    path,
    code,
    ...(params ? { params } : {}),
  }));

describe('GET /v1/surveys/{id}', () => {
  it('returns the definition with its questions', async () => {
    const response = await h.request('GET', `/v1/surveys/${SURVEY}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: SURVEY,
      title: '长者饭堂服务满意度评价',
      description: '一事一评，感谢参与',
      subjectType: 'project',
      questions: QUESTIONS,
      resultsPublic: true,
      open: true,
    });
  });

  it('shows a closed survey as closed', async () => {
    const response = await h.request('GET', `/v1/surveys/${CLOSED}`);
    expect(response.body.open).toBe(false);
  });

  it("404 not_found for an unknown survey and for another district's", async () => {
    for (const id of ['svy_doesnotexist01', CHANGNING]) {
      const response = await h.request('GET', `/v1/surveys/${id}`);
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    const own = await h.request('GET', `/v1/surveys/${CHANGNING}`, { key: h.keys.otherPk });
    expect(own.body.id).toBe(CHANGNING);
  });

  it('400 validation_failed for an id that is not a survey id', async () => {
    const response = await h.request('GET', '/v1/surveys/need_0000000000000001');
    expect(response.status).toBe(400);
    expect(issuesOf(response.body)).toEqual([
      { path: ['id'], code: 'prefixed_id', params: { prefix: 'svy' } },
    ]);
  });

  it('401 authentication_required without a key', async () => {
    const response = await h.request('GET', `/v1/surveys/${SURVEY}`, { key: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });
});

describe('POST /v1/surveys/{id}/responses', () => {
  it('201: stores the answers, a keyed hash of the token and the consented contact', async () => {
    const response = await respond(
      { overall: 2, liked: ['staff', 'venue'], comment: '  排队太久  ', channel: 'poster' },
      { extra: { contact: { name: '陈伯', mobile: '138 0013 8000', consent: CONSENT } } },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      surveyId: SURVEY,
      subjectId: PROJECT,
      id: expect.stringMatching(/^rsp_/),
    });
    const [row] = await h.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, response.body.id));
    expect(row!.respondentHash).toBe(keyedHash(h.secrets, token(0)));
    expect(JSON.stringify(row)).not.toContain(token(0));
    expect(row!.answers).toEqual([
      { questionId: 'overall', value: 2 },
      { questionId: 'liked', value: ['staff', 'venue'] },
      { questionId: 'comment', value: '排队太久' },
      { questionId: 'channel', value: 'poster' },
    ]);
    expect(row!.contact).toEqual({
      name: '陈伯',
      mobile: '13800138000',
      consentVersion: '2026-01',
    });
    expect(row!.createdAt.toISOString()).toBe(response.body.createdAt);
  });

  it('drops an optional text left blank and an optional multiple choice left empty', async () => {
    const response = await respond({ overall: 5, comment: '   ', liked: [] });
    const [row] = await h.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, response.body.id));
    expect(row!.answers).toEqual([{ questionId: 'overall', value: 5 }]);
  });

  it('409 already_responded for a second response of one token to one subject (一事一评)', async () => {
    expect((await respond({ overall: 5 })).status).toBe(201);
    const again = await respond({ overall: 1 });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'already_responded',
      message: '您已经评价过，感谢参与',
    });
    // The same token may rate another subject, and another token the same one.
    expect((await respond({ overall: 4 }, { subjectId: OTHER_PROJECT })).status).toBe(201);
    expect((await respond({ overall: 4 }, { token: token(1) })).status).toBe(201);
    expect(await h.db.$count(surveyResponses)).toBe(3);
  });

  it('stores one response when ten arrive at once with one token', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => respond({ overall: (i % 5) + 1 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const refused of results.filter((r) => r.status === 409)) {
      expect(refused.body.error.code).toBe('already_responded');
    }
    expect(await h.db.$count(surveyResponses)).toBe(1);
  });

  it('replays the first 201 for a retry with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'retry-after-network-loss-1' };
    const first = await respond({ overall: 5 }, { headers });
    const retry = await respond({ overall: 5 }, { headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
  });

  it.each([
    ['project', PROJECT, CHANGNING_PROJECT],
    ['activity', 'act_panyu00000001', 'act_panyu00000099'],
    ['organization', 'org_panyu00000001', 'org_changning0001'],
    ['community_service', '440113104002', '310105002001'],
  ])('a %s subject must exist in the district', async (subjectType, good, bad) => {
    await h.db.update(surveys).set({ subjectType }).where(eq(surveys.id, SURVEY));
    expect((await respond({ overall: 4 }, { subjectId: good })).status).toBe(201);
    const refused = await respond({ overall: 4 }, { subjectId: bad, token: token(1) });
    expect(refused.status).toBe(400);
    expect(issuesOf(refused.body)).toEqual([
      { path: ['subjectId'], code: 'invalid', params: { subjectType } },
    ]);
  });

  it('400 names every problem with the answers at its exact path', async () => {
    const response = await respond({
      nosuch: 3,
      staff: 6,
      recommend: 'ten',
      channel: 'radio',
      liked: ['staff', 'timing', 'venue'],
      comment: '很'.repeat(51),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(issuesOf(response.body)).toEqual([
      { path: ['answers', 0, 'questionId'], code: 'unknown_field', params: { key: 'nosuch' } },
      { path: ['answers', 1, 'value'], code: 'too_big', params: { maximum: 5 } },
      { path: ['answers', 2, 'value'], code: 'invalid_type', params: { expected: 'number' } },
      {
        path: ['answers', 3, 'value'],
        code: 'invalid_choice',
        params: { values: ['wechat', 'poster'] },
      },
      { path: ['answers', 4, 'value'], code: 'too_many_items', params: { maximum: 2 } },
      { path: ['answers', 5, 'value'], code: 'too_long', params: { maximum: 50 } },
      { path: ['answers'], code: 'required', params: { questionId: 'overall' } },
    ]);
    expect(await h.db.$count(surveyResponses)).toBe(0);
  });

  it('400 for a rating below 1, a repeated choice, a text given as a number, with a bad subject', async () => {
    const response = await respond(
      { overall: 0, liked: ['venue', 'venue'], comment: 7, channel: ['wechat'] },
      { subjectId: 'prj_nosuchproject1' },
    );
    expect(issuesOf(response.body)).toEqual([
      { path: ['subjectId'], code: 'invalid', params: { subjectType: 'project' } },
      { path: ['answers', 0, 'value'], code: 'too_small', params: { minimum: 1 } },
      { path: ['answers', 1, 'value'], code: 'invalid', params: { reason: 'repeated' } },
      { path: ['answers', 2, 'value'], code: 'invalid_type', params: { expected: 'string' } },
      { path: ['answers', 3, 'value'], code: 'invalid_type', params: { expected: 'string' } },
    ]);
    expect(response.body.error.issues[0].message).toBe('内容无效，请检查');
  });

  it('400 from the request schema: a token too short, a question answered twice, no consent', async () => {
    const response = await h.request('POST', `/v1/surveys/${SURVEY}/responses`, {
      body: {
        respondentToken: 'short',
        subjectId: PROJECT,
        answers: [
          { questionId: 'overall', value: 5 },
          { questionId: 'overall', value: 4 },
        ],
        contact: {
          name: '陈伯',
          mobile: '13800138000',
          consent: { policyVersion: '2026-01', agreed: false },
        },
      },
    });
    expect(response.status).toBe(400);
    expect(issuesOf(response.body).map((issue) => [issue.path, issue.code])).toEqual(
      expect.arrayContaining([
        [['respondentToken'], 'invalid_format'],
        [['contact', 'consent', 'agreed'], 'consent_required'],
        [['answers'], 'duplicate_answer'],
      ]),
    );
  });

  it("404 not_found for an unknown, a closed, and another district's survey", async () => {
    for (const id of ['svy_doesnotexist01', CLOSED, CHANGNING]) {
      const response = await respond({ overall: 5 }, { survey: id });
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect(await h.db.$count(surveyResponses)).toBe(0);
  });

  it('401 authentication_required without a key', async () => {
    const response = await respond({ overall: 5 }, { key: null });
    expect(response.status).toBe(401);
  });

  it('audits a response entered by staff with the secret key (纸质问卷录入)', async () => {
    const response = await respond({ overall: 3 }, { key: h.keys.sk });
    expect(response.status).toBe(201);
    const [entry] = await h.db.select().from(auditLog);
    expect(entry).toMatchObject({
      action: 'survey.response.create',
      subjectId: response.body.id,
      detail: { surveyId: SURVEY, subjectId: PROJECT },
    });
  });
});

/** Twelve responses: overall 5×5, 4×4, 3, 2, 1; recommend from ten of them; channel from three. */
const TWELVE: Answers[] = [
  { overall: 5, recommend: 10, channel: 'wechat', liked: ['staff', 'venue'] },
  { overall: 5, recommend: 10, channel: 'wechat', liked: ['staff'] },
  { overall: 5, recommend: 9, channel: 'poster' },
  { overall: 5, recommend: 9, comment: '很好' },
  { overall: 4, recommend: 9 },
  { overall: 4, recommend: 8 },
  { overall: 4, recommend: 7 },
  { overall: 3, recommend: 6 },
  { overall: 2, recommend: 3, comment: '等太久' },
  { overall: 1, recommend: 0 },
  { overall: 5 },
  { overall: 4, staff: 5 },
];

describe('GET /v1/surveys/{id}/results', () => {
  it('staff see every figure, equal to the statistics module', async () => {
    await respondAll(TWELVE);
    const response = await h.request('GET', `/v1/surveys/${SURVEY}/results`, { key: h.keys.sk });
    expect(response.status).toBe(200);
    const overall = new Map([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 4],
      [5, 5],
    ]);
    const recommend = new Map([
      [0, 1],
      [3, 1],
      [6, 1],
      [7, 1],
      [8, 1],
      [9, 3],
      [10, 2],
    ]);
    expect(response.body).toMatchObject({
      surveyId: SURVEY,
      subjectId: null,
      n: 12,
      minimumN: MIN_PUBLIC_N,
      suppressed: false,
      csat: csatEstimate(overall),
      nps: npsEstimate(recommend),
    });
    // Hand check of what the module gives: 9 of 12 satisfied = 75%; NPS (5 − 3)/10 = 20.
    expect(response.body.csat.value).toBe(75);
    expect(response.body.nps.value).toBe(20);
    const [rating, staff, nps, channel, liked, comment] = response.body.questions;
    expect(rating).toEqual({
      questionId: 'overall',
      type: 'rating',
      n: 12,
      mean: meanOf(overall),
      distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: overall.get(value) })),
    });
    expect(rating.mean).toBe(3.92); // (1 + 2 + 3 + 4·4 + 5·5) / 12 = 47 / 12 = 3.9167
    expect(staff).toMatchObject({ n: 1, mean: 5 }); // CSAT reads the first rating question only
    expect(nps).toMatchObject({ n: 10, mean: meanOf(recommend) });
    expect(nps.distribution).toHaveLength(11);
    expect(channel).toEqual({
      questionId: 'channel',
      type: 'single',
      n: 3,
      mean: null,
      distribution: [
        { value: 'wechat', count: 2 },
        { value: 'poster', count: 1 },
      ],
    });
    expect(liked.distribution).toEqual([
      { value: 'staff', count: 2 },
      { value: 'timing', count: 0 },
      { value: 'venue', count: 1 },
    ]);
    expect(comment).toEqual({
      questionId: 'comment',
      type: 'text',
      n: 2,
      mean: null,
      distribution: null,
    });
  });

  it('the public sees nothing computed from 9 responses', async () => {
    await respondAll(TWELVE.slice(0, 9));
    const response = await h.request('GET', `/v1/surveys/${SURVEY}/results`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ n: 9, suppressed: true, csat: null, nps: null });
    for (const question of response.body.questions) {
      expect(question, question.questionId).toMatchObject({ mean: null, distribution: null });
    }
  });

  it('the public sees the figures at 10 responses, but not those of a question fewer answered', async () => {
    const ten = TWELVE.slice(0, 10).map((answers) => ({
      ...answers,
      channel: 'poster',
      liked: ['timing'],
    }));
    await respondAll(ten);
    const full = await h.request('GET', `/v1/surveys/${SURVEY}/results`);
    expect(full.body).toMatchObject({ n: 10, csat: { value: 70 }, nps: { value: 20 } });
    const [overall, staff, , channel] = full.body.questions;
    expect(overall.mean).toBe(3.8);
    expect(channel.distribution).toEqual([
      { value: 'wechat', count: 0 },
      { value: 'poster', count: 10 },
    ]);
    // Nobody answered `staff`, and only two `comment`: those figures stay withheld.
    expect(staff).toMatchObject({ n: 0, mean: null, distribution: null });
    expect(full.body.suppressed).toBe(true);

    // The same ten with no optional question left short: nothing is withheld.
    await h.db
      .update(surveys)
      .set({
        questions: QUESTIONS.filter((q) =>
          ['overall', 'recommend', 'channel', 'liked'].includes(q.id),
        ),
      })
      .where(eq(surveys.id, SURVEY));
    const complete = await h.request('GET', `/v1/surveys/${SURVEY}/results`);
    expect(complete.body.suppressed).toBe(false);
    expect(
      complete.body.questions.every((q: { distribution: unknown }) => q.distribution !== null),
    ).toBe(true);
  });

  it('filters by subject', async () => {
    await respondAll(TWELVE.slice(0, 3), OTHER_PROJECT);
    await respondAll([{ overall: 1 }], PROJECT);
    const response = await h.request(
      'GET',
      `/v1/surveys/${SURVEY}/results?subject=${OTHER_PROJECT}`,
      { key: h.keys.sk },
    );
    expect(response.body).toMatchObject({
      subjectId: OTHER_PROJECT,
      n: 3,
      csat: csatEstimate(new Map([[5, 3]])),
    });
  });

  it('with no responses: n = 0 and no estimates', async () => {
    const response = await h.request('GET', `/v1/surveys/${SURVEY}/results`, { key: h.keys.sk });
    expect(response.body).toMatchObject({ n: 0, suppressed: false, csat: null, nps: null });
    expect(response.body.questions[0]).toMatchObject({
      n: 0,
      mean: null,
      distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: 0 })),
    });
  });

  it('403 results_not_public for a publishable key when results are private; staff still read them', async () => {
    const refused = await h.request('GET', `/v1/surveys/${PRIVATE}/results`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('results_not_public');
    const staff = await h.request('GET', `/v1/surveys/${PRIVATE}/results`, { key: h.keys.sk });
    expect(staff.status).toBe(200);
  });

  it("404 not_found for an unknown survey and another district's, whatever the key", async () => {
    for (const key of [h.keys.pk, h.keys.sk]) {
      for (const id of ['svy_doesnotexist01', CHANGNING]) {
        const response = await h.request('GET', `/v1/surveys/${id}/results`, { key });
        expect(response.status, id).toBe(404);
        expect(response.body.error.code).toBe('not_found');
      }
    }
  });

  it('400 validation_failed for an over-long subject; 401 without a key', async () => {
    const bad = await h.request('GET', `/v1/surveys/${SURVEY}/results?subject=${'x'.repeat(65)}`);
    expect(bad.status).toBe(400);
    expect(issuesOf(bad.body)).toEqual([
      { path: ['subject'], code: 'too_long', params: { maximum: 64 } },
    ]);
    expect((await h.request('GET', `/v1/surveys/${SURVEY}/results`, { key: null })).status).toBe(
      401,
    );
  });
});

describe('GET /v1/surveys/{id}/follow-ups', () => {
  it('lists ratings of 2 or below, newest first, with the comment and consented contact; audited', async () => {
    await respondAll(TWELVE); // responses 8 (rating 2, "等太久") and 9 (rating 1) are low
    const contact = { name: '陈伯', mobile: '13800138000', consent: CONSENT };
    await respond(
      { overall: 1, comment: '饭菜太咸' },
      { token: token(99), subjectId: OTHER_PROJECT, extra: { contact } },
    );
    const response = await h.request('GET', `/v1/surveys/${SURVEY}/follow-ups`, { key: h.keys.sk });
    expect(response.status).toBe(200);
    expect(
      response.body.data.map((f: object) => ({
        ...f,
        responseId: undefined,
        createdAt: undefined,
      })),
    ).toEqual([
      {
        subjectId: OTHER_PROJECT,
        questionId: 'overall',
        rating: 1,
        comment: '饭菜太咸',
        contact: { name: '陈伯', mobile: '13800138000' },
      },
      { subjectId: PROJECT, questionId: 'overall', rating: 1, comment: null, contact: null },
      { subjectId: PROJECT, questionId: 'overall', rating: 2, comment: '等太久', contact: null },
    ]);
    const times = response.body.data.map((f: { createdAt: string }) => f.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const [entry] = await h.db.select().from(auditLog);
    expect(entry).toMatchObject({
      action: 'survey.follow_ups.read',
      subjectType: 'survey',
      subjectId: SURVEY,
      detail: { responses: 3, contacts: 1 },
    });
  });

  it('403 secret_key_required for a publishable key, and the read is not audited', async () => {
    const response = await h.request('GET', `/v1/surveys/${SURVEY}/follow-ups`);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('secret_key_required');
    expect(await h.db.$count(auditLog)).toBe(0);
  });

  it("404 not_found for an unknown survey and another district's; 401 without a key", async () => {
    for (const [id, key] of [
      ['svy_doesnotexist01', h.keys.sk],
      [SURVEY, h.keys.otherSk],
    ] as const) {
      const response = await h.request('GET', `/v1/surveys/${id}/follow-ups`, { key });
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect((await h.request('GET', `/v1/surveys/${SURVEY}/follow-ups`, { key: null })).status).toBe(
      401,
    );
  });
});
