import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, surveyResponses, surveys } from '../src/db/tables/index.js';
import { keyedHash } from '../src/services/secrets.js';
import { CONSENT, useHarness } from './harness.js';
import {
  CHANGNING,
  CHANGNING_PROJECT,
  CLOSED,
  issuesOf,
  OTHER_PROJECT,
  PROJECT,
  QUESTIONS,
  seedSurveyFixture,
  SURVEY,
  surveyHelpers,
  token,
} from './surveys-fixtures.js';

/** Reading a survey and responding to it (一事一评). */

const h = useHarness();
beforeEach(() => seedSurveyFixture(h));
const { respond } = surveyHelpers(h);

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
      communityId: null,
      version: 1,
      previousVersionId: null,
      replacedById: null,
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
