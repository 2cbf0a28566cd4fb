import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { CommunityCode, text, valuesOf } from '../primitives.js';
import { Question, SubjectType } from './survey.js';

/* Staff writes on surveys (SPEC §9): create, edit, and a new version for new questions. */

/** A survey's questions: 1 to 50, each id once. */
export const SurveyQuestions = checked(
  z.array(Question),
  z.minLength(1),
  z.maxLength(50),
  check(
    (questions: readonly { id: string }[]) =>
      new Set(questions.map((question) => question.id)).size === questions.length,
    'invalid',
    { params: { reason: 'duplicate_question_id' } },
  ),
);

/**
 * `POST /v1/surveys`: community staff create a survey of their community; without `communityId`
 * it is a survey of the whole district, which only a district admin may create.
 */
export const CreateSurveyRequest = /* @__PURE__ */ z.strictObject({
  communityId: z.optional(CommunityCode),
  title: text(1, 100),
  description: text(0, 1000),
  subjectType: z.enum(valuesOf(SubjectType)),
  questions: SurveyQuestions,
  resultsPublic: z.boolean(),
});
export type CreateSurveyRequest = z.input<typeof CreateSurveyRequest>;

/**
 * `PATCH /v1/surveys/{id}`: title, description, whether results are public, open or closed, at
 * any time; `questions` only while nobody has answered. Once a response exists the questions are
 * frozen (`409 survey_questions_frozen`): `POST /v1/surveys/{id}/versions` makes a new version.
 */
export const UpdateSurveyRequest = /* @__PURE__ */ z.strictObject({
  title: z.optional(text(1, 100)),
  description: z.optional(text(0, 1000)),
  resultsPublic: z.optional(z.boolean()),
  open: z.optional(z.boolean()),
  questions: z.optional(SurveyQuestions),
});
export type UpdateSurveyRequest = z.input<typeof UpdateSurveyRequest>;

/**
 * `POST /v1/surveys/{id}/versions`: a new survey with new questions replaces this one. It keeps
 * the subject type, community and results setting (title and description unless given), starts
 * open with no responses, and the old version closes and points to it; the old responses stay
 * with the old version, so results never mix two sets of questions.
 */
export const CreateSurveyVersionRequest = /* @__PURE__ */ z.strictObject({
  title: z.optional(text(1, 100)),
  description: z.optional(text(0, 1000)),
  questions: SurveyQuestions,
});
export type CreateSurveyVersionRequest = z.input<typeof CreateSurveyVersionRequest>;
