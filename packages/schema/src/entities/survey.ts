import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CommunityCode,
  Contact,
  Consent,
  Mobile,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';

export const QuestionType = {
  /** 1–5 on the 政务服务"好差评" levels. */
  rating: 'rating',
  /** 0–10: how likely to recommend. */
  nps: 'nps',
  single: 'single',
  multi: 'multi',
  text: 'text',
} as const;
export type QuestionType = (typeof QuestionType)[keyof typeof QuestionType];

/** The five 好差评 levels, 5 best. Labels live in the locale maps. */
export const RatingLevel = {
  verySatisfied: 5,
  satisfied: 4,
  fairlySatisfied: 3,
  dissatisfied: 2,
  veryDissatisfied: 1,
} as const;
export type RatingLevel = (typeof RatingLevel)[keyof typeof RatingLevel];

/** What a survey rates (一事一评: one response per respondent per subject). */
export const SubjectType = {
  project: 'project',
  activity: 'activity',
  organization: 'organization',
  communityService: 'community_service',
} as const;
export type SubjectType = (typeof SubjectType)[keyof typeof SubjectType];

const QuestionKey = /* @__PURE__ */ checked(z.string(), z.regex(/^[a-z0-9_-]{1,32}$/));
const QuestionBase = /* @__PURE__ */ z.object({
  id: QuestionKey,
  prompt: text(1, 200),
  required: z.boolean(),
});
const Option = /* @__PURE__ */ z.object({ id: QuestionKey, label: text(1, 100) });

export const Question = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.extend(QuestionBase, { type: z.literal('rating') }),
  z.extend(QuestionBase, {
    type: z.literal('nps'),
    lowLabel: z.nullable(z.string()),
    highLabel: z.nullable(z.string()),
  }),
  z.extend(QuestionBase, { type: z.literal('single'), options: z.array(Option) }),
  z.extend(QuestionBase, {
    type: z.literal('multi'),
    options: z.array(Option),
    maxChoices: z.nullable(checked(z.int(), z.gte(1))),
  }),
  z.extend(QuestionBase, {
    type: z.literal('text'),
    maxLength: checked(z.int(), z.gte(1), z.lte(2000)),
  }),
]);
export type Question = z.infer<typeof Question>;

export const Survey = /* @__PURE__ */ z.object({
  id: prefixedId('svy'),
  title: text(1, 100),
  description: z.string(),
  subjectType: z.enum(valuesOf(SubjectType)),
  questions: z.array(Question),
  /** Whether anyone (a publishable key) may read the results; small n is withheld either way. */
  resultsPublic: z.boolean(),
  open: z.boolean(),
  /** The community whose staff run it; `null`: a survey of the whole district. */
  communityId: z.nullable(CommunityCode),
  /** 1 for a first survey; a new version (new questions) counts on from the one it replaces. */
  version: checked(z.int(), z.gte(1)),
  /** The version this one replaced, and the one that replaced it (which then closed this one). */
  previousVersionId: z.nullable(prefixedId('svy')),
  replacedById: z.nullable(prefixedId('svy')),
});
export type Survey = z.infer<typeof Survey>;

/** A rating, an NPS score or a choice count; a choice id; several choice ids; or text. */
export const AnswerValue = /* @__PURE__ */ z.union([
  checked(z.int(), z.gte(0), z.lte(10)),
  checked(z.string(), z.maxLength(2000)),
  checked(z.array(QuestionKey), z.maxLength(20)),
]);

/**
 * `POST /v1/surveys/{id}/responses`. The respondent token is a random string the widget keeps per
 * survey and subject, so one person answers once (一事一评) without being identified. A contact
 * is optional: given with consent, staff may call back about a low rating (回访).
 */
export const SurveyResponseRequest = checked(
  z.strictObject({
    respondentToken: checked(z.string(), z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
    subjectId: text(1, 64),
    answers: checked(
      z.array(z.strictObject({ questionId: QuestionKey, value: AnswerValue })),
      z.minLength(1),
      z.maxLength(50),
    ),
    contact: z.optional(z.strictObject({ name: text(1, 40), mobile: Mobile, consent: Consent })),
  }),
  check(
    (response) =>
      new Set(response.answers.map((answer) => answer.questionId)).size === response.answers.length,
    'duplicate_answer',
    { path: ['answers'], dependsOn: ['answers'] },
  ),
);
export type SurveyResponseRequest = z.input<typeof SurveyResponseRequest>;

export const SurveyResponse = /* @__PURE__ */ z.object({
  id: prefixedId('rsp'),
  surveyId: prefixedId('svy'),
  subjectId: z.string(),
  createdAt: Timestamp,
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

/** Public results hide every figure computed from fewer responses than this. */
export const MIN_PUBLIC_N = 10;

/** A share or score with its 95% interval, in percent (NPS: −100 to 100). */
export const Estimate = /* @__PURE__ */ z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
});
export type Estimate = z.infer<typeof Estimate>;

export const QuestionResult = /* @__PURE__ */ z.object({
  questionId: z.string(),
  type: z.enum(valuesOf(QuestionType)),
  n: checked(z.int(), z.gte(0)),
  /** Mean of a rating or NPS question; `null` for other types or when withheld. */
  mean: z.nullable(z.number()),
  /** Count per value (rating level, score, option id); `null` when withheld or for text. */
  distribution: z.nullable(
    z.array(z.object({ value: z.union([z.number(), z.string()]), count: z.int() })),
  ),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

/**
 * `GET /v1/surveys/{id}/results`: n, CSAT (% rating 4–5, Wilson interval), NPS (% 9–10 minus
 * % 0–6, adjusted-Wald interval), and per question. With `suppressed`, figures from fewer than
 * `minimumN` responses are `null`.
 */
export const SurveyResults = /* @__PURE__ */ z.object({
  surveyId: prefixedId('svy'),
  subjectId: z.nullable(z.string()),
  n: checked(z.int(), z.gte(0)),
  minimumN: z.int(),
  suppressed: z.boolean(),
  csat: z.nullable(Estimate),
  nps: z.nullable(Estimate),
  questions: z.array(QuestionResult),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

/** A low rating (不满意 or worse) for staff to follow up (回访). */
export const FollowUp = /* @__PURE__ */ z.object({
  responseId: prefixedId('rsp'),
  subjectId: z.string(),
  questionId: z.string(),
  rating: z.int(),
  comment: z.nullable(z.string()),
  /** Present only when the respondent left a contact and consented. */
  contact: z.nullable(Contact),
  createdAt: Timestamp,
});
export type FollowUp = z.infer<typeof FollowUp>;
