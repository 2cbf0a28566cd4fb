import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { testClock } from './staff-fixtures.js';
import { staffSessions } from './programs-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const RATING = { id: 'overall', type: 'rating', prompt: '总体满意度', required: true };
const COMMENT = { id: 'comment', type: 'text', prompt: '意见', required: false, maxLength: 200 };

const tokens: Record<string, string> = {};
beforeEach(async () => {
  clock.reset();
  const people = {
    jinxiu: [{ role: 'community_staff', scope: JINXIU }],
    nancun: [{ role: 'community_staff', scope: NANCUN_VILLAGE }],
    worker: [{ role: 'social_worker', scope: JINXIU }],
  } as const;
  Object.assign(tokens, await staffSessions(h, people, clock.now()));
});

const newSurvey = (overrides: Record<string, unknown> = {}) => ({
  communityId: JINXIU,
  title: '长者饭堂满意度',
  description: '一事一评',
  subjectType: 'community_service',
  questions: [RATING],
  resultsPublic: true,
  ...overrides,
});
const create = (key: string, body: Record<string, unknown> = newSurvey()) =>
  h.request('POST', '/v1/surveys', { key, body });
const patch = (key: string, id: string, body: Record<string, unknown>) =>
  h.request('PATCH', `/v1/surveys/${id}`, { key, body });
const newVersion = (key: string, id: string, body: Record<string, unknown>) =>
  h.request('POST', `/v1/surveys/${id}/versions`, { key, body });
const respond = (id: string, token = 'respondent-token-0001') =>
  h.request('POST', `/v1/surveys/${id}/responses`, {
    body: {
      respondentToken: token,
      subjectId: JINXIU,
      answers: [{ questionId: 'overall', value: 2 }],
    },
  });

describe('POST /v1/surveys', () => {
  it('community staff create a survey of their community, open, version 1, audited', async () => {
    const response = await create(tokens.jinxiu!);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      communityId: JINXIU,
      questions: [RATING],
      open: true,
      version: 1,
      previousVersionId: null,
      replacedById: null,
    });
    expect((await h.request('GET', `/v1/surveys/${response.body.id}`)).body.title).toBe(
      '长者饭堂满意度',
    );
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'survey.create'));
    expect(audit).toMatchObject({ subjectId: response.body.id, role: 'community_staff' });
  });

  it('another community’s staff 403 (audited); a district survey is the district admin’s alone', async () => {
    expect((await create(tokens.nancun!)).status).toBe(403);
    const { communityId: _, ...districtWide } = newSurvey();
    expect((await create(tokens.jinxiu!, districtWide)).status).toBe(403);
    expect((await create(tokens.worker!)).status).toBe(403);
    const refused = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'permission.refused'));
    expect(refused).toHaveLength(3);
    const admin = await create(h.keys.sk, districtWide);
    expect(admin.status).toBe(201);
    expect(admin.body.communityId).toBeNull();
  });

  it('400 naming the field: no questions, a repeated question id, an unknown type', async () => {
    const empty = await create(tokens.jinxiu!, newSurvey({ questions: [] }));
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toEqual(['questions']);
    const twice = await create(tokens.jinxiu!, newSurvey({ questions: [RATING, RATING] }));
    expect(twice.body.error.issues).toEqual([
      expect.objectContaining({ path: ['questions'], code: 'invalid' }),
    ]);
    const unknown = await create(
      tokens.jinxiu!,
      newSurvey({ questions: [{ ...RATING, type: 'stars' }] }),
    );
    expect(unknown.body.error.issues[0].path.slice(0, 2)).toEqual(['questions', 0]);
  });
});

describe('PATCH /v1/surveys/{id} and new versions', () => {
  it('changes questions while nobody has answered', async () => {
    const id = (await create(tokens.jinxiu!)).body.id as string;
    const response = await patch(tokens.jinxiu!, id, { questions: [RATING, COMMENT] });
    expect(response.status).toBe(200);
    expect(response.body.questions).toEqual([RATING, COMMENT]);
  });

  it('once answered the questions are frozen (409); title and closing may still change', async () => {
    const id = (await create(tokens.jinxiu!)).body.id as string;
    expect((await respond(id)).status).toBe(201);
    const frozen = await patch(tokens.jinxiu!, id, { questions: [RATING, COMMENT] });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('survey_questions_frozen');
    expect(frozen.body.error.message).toMatch(/新版本/);
    expect((await h.request('GET', `/v1/surveys/${id}`)).body.questions).toEqual([RATING]);

    const retitled = await patch(tokens.jinxiu!, id, {
      title: '长者饭堂满意度（十二月）',
      open: false,
    });
    expect(retitled.status).toBe(200);
    expect(retitled.body).toMatchObject({ title: '长者饭堂满意度（十二月）', open: false });
  });

  it('a new version takes new questions, the old one closes and points to it, answers stay apart', async () => {
    const id = (await create(tokens.jinxiu!)).body.id as string;
    expect((await respond(id)).status).toBe(201);
    const next = await newVersion(tokens.jinxiu!, id, { questions: [RATING, COMMENT] });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(next.body).toMatchObject({
      title: '长者饭堂满意度',
      communityId: JINXIU,
      questions: [RATING, COMMENT],
      version: 2,
      previousVersionId: id,
      replacedById: null,
      open: true,
    });
    const old = (await h.request('GET', `/v1/surveys/${id}`)).body;
    expect(old).toMatchObject({ open: false, replacedById: next.body.id });
    // The same respondent answers the new version once; the old one takes no more answers.
    expect((await respond(next.body.id)).status).toBe(201);
    expect((await respond(id, 'respondent-token-0002')).status).toBe(404);
    const results = await h.request('GET', `/v1/surveys/${next.body.id}/results`, {
      key: h.keys.sk,
    });
    expect(results.body.n).toBe(1);

    const again = await newVersion(tokens.jinxiu!, id, { questions: [RATING] });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_status_transition');
    expect((await newVersion(tokens.nancun!, next.body.id, { questions: [RATING] })).status).toBe(
      403,
    );
  });

  it('unknown ids are not found; bad fields are 400 with their path', async () => {
    expect((await patch(h.keys.sk, 'svy_000000000000009', { title: 'x' })).status).toBe(404);
    const id = (await create(tokens.jinxiu!)).body.id as string;
    const bad = await patch(tokens.jinxiu!, id, { title: '', subjectType: 'project' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual([
      'subjectType',
      'title',
    ]);
  });
});
