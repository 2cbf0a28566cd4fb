import { actsWithRole } from '../services/context.js';
import { fieldIssue, type FieldIssue } from '@wushe/schema';
import { ApiError } from '../http/errors.js';
import type { RouteHandlers } from '../http/route.js';
import { checkAnswers } from '../services/surveys/answers.js';
import { findSurvey, holdSurveyQuestions } from '../services/surveys/definition.js';
import { lowRatings } from '../services/surveys/follow-ups.js';
import { recordResponse } from '../services/surveys/responses.js';
import { surveyResults } from '../services/surveys/results.js';
import { subjectExists } from '../services/surveys/subjects.js';

/** Satisfaction surveys (满意度评价): definitions, responses (一事一评), results and 回访. */
export const surveyHandlers = {
  getSurvey: async ({ tx, auth, params }) => findSurvey(tx, auth.districtCode, params.id),

  respondToSurvey: async (ctx) => {
    const { tx, auth, params, body, messages, deps } = ctx;
    await holdSurveyQuestions(tx, params.id);
    const survey = await findSurvey(tx, auth.districtCode, params.id);
    // A closed survey takes no more responses. ErrorCodes has no code for it, and the contract
    // lists only `not_found` and `already_responded` for this route: `already_responded` would
    // tell a first-time resident they had answered, and `activity_closed` (the nearest 409)
    // reads "活动报名已结束" and is not a code the SDK expects here. `not_found` is the truthful
    // one left — there is no open survey to respond to — and the widget shows a closed survey
    // from `open: false` in the definition before anyone starts answering.
    if (!survey.open) throw new ApiError('not_found');

    // The subject and the answers are checked together, so one 400 names every problem.
    const issues: FieldIssue[] = [];
    if (!(await subjectExists(tx, auth.districtCode, survey.subjectType, body.subjectId))) {
      issues.push(
        fieldIssue(['subjectId'], 'invalid', { subjectType: survey.subjectType }, messages),
      );
    }
    const answers = checkAnswers(survey.questions, body.answers, messages);
    issues.push(...answers.issues);
    if (issues.length) throw new ApiError('validation_failed', issues);

    const response = await recordResponse(tx, deps.secrets, {
      surveyId: survey.id,
      subjectId: body.subjectId,
      respondentToken: body.respondentToken,
      answers: answers.accepted,
      ...(body.contact ? { contact: body.contact } : {}),
      createdAt: deps.now(),
    });
    // Staff entering paper questionnaires (纸质问卷录入) use the secret key: a staff action.
    if (auth.kind === 'secret') {
      await ctx.audit('survey.response.create', 'survey_response', response.id, {
        surveyId: survey.id,
        subjectId: body.subjectId,
      });
    }
    return response;
  },

  getSurveyResults: async ({ tx, auth, params, query }) => {
    const survey = await findSurvey(tx, auth.districtCode, params.id);
    const audience = actsWithRole(auth) ? 'staff' : 'public';
    if (audience === 'public' && !survey.resultsPublic) throw new ApiError('results_not_public');
    return surveyResults(tx, survey, query.subject ?? null, audience);
  },

  listSurveyFollowUps: async (ctx) => {
    const survey = await findSurvey(ctx.tx, ctx.auth.districtCode, ctx.params.id);
    const data = await lowRatings(ctx.tx, survey);
    // Comments and contacts are personal data: PIPL wants staff reads of them on record.
    await ctx.audit('survey.follow_ups.read', 'survey', survey.id, {
      responses: data.length,
      contacts: data.filter((followUp) => followUp.contact !== null).length,
    });
    return { data };
  },
} satisfies Partial<RouteHandlers>;
