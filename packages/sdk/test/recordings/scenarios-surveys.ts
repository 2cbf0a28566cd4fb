import { routes, type SurveyResponseRequest } from '@wushe/schema';
import { DemoIds } from '../../src/fixtures/index.js';
import type { Scenario, ScenarioContext } from './recorder.js';

/** A respondent token the stories plant in the browser: its answer is on the server already. */
export const ANSWERED_TOKEN = 'storybookRespondent0001';

const survey = (context: ScenarioContext, id: string) =>
  context.resident.requester.call(routes.getSurvey, { params: { id } }).catch(() => undefined);

/** What <wushe-survey-results> asks: the survey (its questions' wording) and the results. */
async function results(context: ScenarioContext, id: string, subject?: string) {
  await survey(context, id);
  await context.resident.requester
    .call(routes.getSurveyResults, { params: { id }, query: subject ? { subject } : {} })
    .catch(() => undefined);
}

const respond = (
  context: ScenarioContext,
  subjectId: string,
  respondentToken: string,
  answers: SurveyResponseRequest['answers'],
) =>
  context.resident.requester
    .call(routes.respondToSurvey, {
      params: { id: DemoIds.survey },
      body: { subjectId, respondentToken, answers },
    })
    .catch(() => undefined);

/** `count` residents rate `subject`: `answers(i)` is the i-th one's answers. */
async function ratings(
  context: ScenarioContext,
  subject: string,
  count: number,
  answers: (i: number) => SurveyResponseRequest['answers'],
) {
  for (let i = 0; i < count; i++) {
    await respond(context, subject, `recordedRespondent${String(i).padStart(4, '0')}`, answers(i));
  }
}

/* The results first: they show the demo seed's responses only. */
export const surveyScenarios: readonly Scenario[] = [
  {
    name: 'survey-results',
    description:
      'Published results: a project with many responses, one with few (withheld), the whole survey, a project with none, a private survey, and no survey.',
    async run(context) {
      await results(context, DemoIds.survey, DemoIds.surveySubject);
      await results(context, DemoIds.survey, DemoIds.smallSurveySubject);
      await results(context, DemoIds.survey);
      await results(context, DemoIds.survey, DemoIds.unratedSubject);
      await results(context, DemoIds.privateSurvey);
      await results(context, 'svy_doesNotExist', DemoIds.surveySubject);
    },
  },
  {
    name: 'survey-results-low',
    description: 'Twelve residents unhappy with a project: low CSAT, NPS below zero.',
    async run(context) {
      await context.unrecorded(() =>
        ratings(context, DemoIds.lowRatedSubject, 12, (i) => [
          { questionId: 'overall', value: 1 + (i % 3) },
          { questionId: 'recommend', value: i % 8 },
          { questionId: 'heard', value: 'committee' },
        ]),
      );
      await results(context, DemoIds.survey, DemoIds.lowRatedSubject);
    },
  },
  {
    name: 'survey-results-withheld',
    description: 'Twelve responses, but only five say how they heard: that question is withheld.',
    async run(context) {
      await context.unrecorded(() =>
        ratings(context, DemoIds.partlyAnsweredSubject, 12, (i) => [
          { questionId: 'overall', value: 4 + (i % 2) },
          { questionId: 'recommend', value: 8 + (i % 3) },
          ...(i < 5 ? [{ questionId: 'heard', value: 'neighbour' }] : []),
        ]),
      );
      await results(context, DemoIds.survey, DemoIds.partlyAnsweredSubject);
    },
  },
  {
    name: 'survey',
    description:
      'The project survey as <wushe-survey> loads it, a resident answering, and a planted token answering again (409).',
    async run(context) {
      await survey(context, DemoIds.survey);
      await respond(context, DemoIds.surveySubject, 'recordedRespondent9999', [
        { questionId: 'overall', value: 5 },
        { questionId: 'recommend', value: 10 },
      ]);
      await context.unrecorded(() =>
        respond(context, DemoIds.smallSurveySubject, ANSWERED_TOKEN, [
          { questionId: 'overall', value: 4 },
          { questionId: 'recommend', value: 8 },
        ]),
      );
    },
  },
  {
    name: 'survey-answered',
    description: 'The planted token answers again: 409 already_responded.',
    async run(context) {
      await survey(context, DemoIds.survey);
      await respond(context, DemoIds.smallSurveySubject, ANSWERED_TOKEN, [
        { questionId: 'overall', value: 5 },
        { questionId: 'recommend', value: 9 },
      ]);
      await survey(context, 'svy_doesNotExist');
    },
  },
];
