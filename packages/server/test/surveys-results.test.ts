import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { MIN_PUBLIC_N } from '@wushe/schema';
import { auditLog, surveys } from '../src/db/tables/index.js';
import { csatEstimate, meanOf, npsEstimate } from '../src/services/surveys/statistics.js';
import { CONSENT, useHarness } from './harness.js';
import {
  CHANGNING,
  issuesOf,
  OTHER_PROJECT,
  PRIVATE,
  PROJECT,
  QUESTIONS,
  seedSurveyFixture,
  SURVEY,
  surveyHelpers,
  token,
  type Answers,
} from './surveys-fixtures.js';

/** A survey's results, suppressed below the public minimum, and its follow-ups. */

const h = useHarness();
beforeEach(() => seedSurveyFixture(h));
const { respond, respondAll } = surveyHelpers(h);

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
    // The intervals too, worked by hand (z = 1.95996, z² = 3.84146), so the route answers what
    // the formulas give and not merely what the module it calls gives:
    // CSAT, Wilson, 9 of 12: p̂ = 0.75, z²/n = 0.320122, denominator = 1.320122,
    //   centre = (0.75 + 0.160061) / 1.320122 = 0.689376,
    //   half = 1.95996 · √(0.015625 + 0.006669) / 1.320122 = 0.221682 → [46.8, 91.1]
    // NPS, adjusted Wald, 5 promoters (10, 10, 9, 9, 9) and 3 detractors (6, 3, 0) of 10:
    //   n′ = 13, p̃ₚ = 5.75/13 = 0.442308, p̃_d = 3.75/13 = 0.288462, NPS̃ = 0.153846,
    //   var = 0.730769 − 0.153846² = 0.707101, margin = 1.95996 · √(0.707101/13) = 0.457106
    //   → [−30.3, 61.1]
    expect(response.body.csat).toEqual({ value: 75, low: 46.8, high: 91.1 });
    expect(response.body.nps).toEqual({ value: 20, low: -30.3, high: 61.1 });
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
