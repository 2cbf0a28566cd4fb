import type { Question, Survey, SurveyResponseRequest } from '@wushe/schema';

/** An answer as the form holds it: a rating or score, a choice's id, several ids, or text. */
export type Answer = number | string | string[];

/**
 * The survey form's values, flat so each field's error clears on its own: `answers.<questionId>`
 * for each answer given, `contact.name`, `contact.mobile` and `contact.consent` for the
 * follow-up contact. The keys are the API's issue paths, joined with dots.
 */
export type Values = Record<string, unknown>;

export const answerKey = (questionId: string) => `answers.${questionId}`;

export const CONTACT = {
  name: 'contact.name',
  mobile: 'contact.mobile',
  consent: 'contact.consent',
} as const;
export type ContactField = keyof typeof CONTACT;

export const INITIAL: Values = {
  [CONTACT.name]: '',
  [CONTACT.mobile]: '',
  [CONTACT.consent]: false,
};

/**
 * A first rating this low offers the follow-up contact: 不满意 (2) or 非常不满意 (1), the same
 * ratings the server lists for staff to call back (回访).
 */
const FOLLOW_UP_MAXIMUM = 2;

/** Whether a question has an answer worth sending: blank text and an empty choice are none. */
export const given = (value: unknown): value is Answer =>
  typeof value === 'number' ||
  (typeof value === 'string' && value.trim() !== '') ||
  (Array.isArray(value) && value.length > 0);

/** The first rating given, if any: the one CSAT and staff's follow-up list read. */
export function firstRating(survey: Survey, values: Values): number | null {
  const question = survey.questions.find((each: Question) => each.type === 'rating');
  const value = question && values[answerKey(question.id)];
  return typeof value === 'number' ? value : null;
}

export function lowRating(survey: Survey, values: Values): boolean {
  const rating = firstRating(survey, values);
  return rating !== null && rating <= FOLLOW_UP_MAXIMUM;
}

/** The contact to send: only after a low rating, and only if the resident began to give one. */
export function contactOf(
  survey: Survey,
  values: Values,
  policyVersion: string,
): SurveyResponseRequest['contact'] {
  const name = String(values[CONTACT.name]).trim();
  const mobile = String(values[CONTACT.mobile]).trim();
  const agreed = values[CONTACT.consent] === true;
  if (!lowRating(survey, values) || (!name && !mobile && !agreed)) return undefined;
  return { name, mobile, consent: { policyVersion, agreed } };
}
