import { expect } from 'vitest';
import { activities, organizations, projects, surveys } from '../src/db/tables/index.js';
import type { Harness } from './harness.js';

/** Fixtures shared by the survey tests (surveys-respond.test.ts, surveys-results.test.ts). */

export const SURVEY = 'svy_satisfaction01';
export const PRIVATE = 'svy_private000001';
export const CLOSED = 'svy_closed0000001';
export const CHANGNING = 'svy_changning0001';
export const PROJECT = 'prj_panyu00000001';
export const OTHER_PROJECT = 'prj_panyu00000002';
export const CHANGNING_PROJECT = 'prj_changning0001';

export const QUESTIONS = [
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

/** Organizations, projects and an activity of both districts to rate, and four surveys. */
export async function seedSurveyFixture(h: Harness) {
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
    status: 'in_progress',
  };
  await h.db.insert(projects).values([
    {
      ...project,
      id: PROJECT,
      districtCode: '440113',
      title: '长者饭堂',
      organizationId: 'org_panyu00000001',
    },
    {
      ...project,
      id: OTHER_PROJECT,
      districtCode: '440113',
      title: '四点半课堂',
      organizationId: 'org_panyu00000001',
    },
    {
      ...project,
      id: CHANGNING_PROJECT,
      districtCode: '310105',
      title: '睦邻中心',
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

/** The respondent token of resident `i`. */
export const token = (i: number) => `resident-token-${String(i).padStart(4, '0')}`;

export type Answers = Record<string, number | string | string[]>;

/** Posts survey responses through the harness `h`. */
export function surveyHelpers(h: Harness) {
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

  return { respond, respondAll };
}

/** The issues of an error body, without their messages. */
export const issuesOf = (body: {
  error: { issues: { path: unknown[]; code: string; params?: object }[] };
}) =>
  body.error.issues.map(({ path, code, params }) => ({
    path,
    code,
    ...(params ? { params } : {}),
  }));
