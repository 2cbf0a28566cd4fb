import {
  fieldIssue,
  type FieldIssue,
  type IssueCode,
  type Messages,
  type Question,
} from '@wushe/schema';

/** An answer as the request carries it and as `survey_responses.answers` stores it. */
export interface Answer {
  readonly questionId: string;
  readonly value: number | string | string[];
}

/** The 政务服务"好差评" scale: 1 非常不满意 … 5 非常满意. */
const RATING_RANGE = { minimum: 1, maximum: 5 } as const;
/** How likely to recommend, 0–10. */
const NPS_RANGE = { minimum: 0, maximum: 10 } as const;

/** An answer's fate: stored (normalised), dropped as "not answered", or refused with a reason. */
type Verdict =
  | { kind: 'accept'; value: Answer['value'] }
  | { kind: 'skip' }
  | { kind: 'refuse'; code: IssueCode; params?: Record<string, unknown> };

const accept = (value: Answer['value']): Verdict => ({ kind: 'accept', value });
const skip: Verdict = { kind: 'skip' };
const refuse = (code: IssueCode, params?: Record<string, unknown>): Verdict => ({
  kind: 'refuse',
  code,
  ...(params ? { params } : {}),
});

/**
 * Checks answers against the survey's own definition, which the request schema cannot know.
 * Every problem is reported at once, so the widget can mark each question: a bad value at
 * `['answers', i, 'value']`, an id the survey does not have at `['answers', i, 'questionId']`,
 * a required question left out at `['answers']` with its `questionId` in `params`.
 *
 * Returns the answers to store: text trimmed, and an optional text left blank or an optional
 * multiple choice with nothing chosen dropped, so they do not count as answered in the results.
 */
export function checkAnswers(
  questions: readonly Question[],
  answers: readonly Answer[],
  messages: Messages,
): { issues: FieldIssue[]; accepted: Answer[] } {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const issues: FieldIssue[] = [];
  const accepted: Answer[] = [];

  answers.forEach((answer, index) => {
    const question = byId.get(answer.questionId);
    if (!question) {
      issues.push(
        fieldIssue(
          ['answers', index, 'questionId'],
          'unknown_field',
          { key: answer.questionId },
          messages,
        ),
      );
      return;
    }
    const verdict = judge(question, answer.value);
    if (verdict.kind === 'refuse') {
      issues.push(fieldIssue(['answers', index, 'value'], verdict.code, verdict.params, messages));
    } else if (verdict.kind === 'accept') {
      accepted.push({ questionId: question.id, value: verdict.value });
    }
  });

  // A required question counts as missing only when no answer names it: a bad answer to it is
  // already reported where it is, and reporting it twice would send the resident two ways.
  const named = new Set(answers.map((answer) => answer.questionId));
  for (const question of questions) {
    if (question.required && !named.has(question.id)) {
      issues.push(fieldIssue(['answers'], 'required', { questionId: question.id }, messages));
    }
  }
  return { issues, accepted };
}

function judge(question: Question, value: Answer['value']): Verdict {
  switch (question.type) {
    case 'rating':
      return integerIn(value, RATING_RANGE);
    case 'nps':
      return integerIn(value, NPS_RANGE);
    case 'single': {
      if (typeof value !== 'string') return refuse('invalid_type', { expected: 'string' });
      const values = question.options.map((option) => option.id);
      return values.includes(value) ? accept(value) : refuse('invalid_choice', { values });
    }
    case 'multi': {
      if (!Array.isArray(value)) return refuse('invalid_type', { expected: 'array' });
      const values = question.options.map((option) => option.id);
      if (value.some((choice) => !values.includes(choice))) {
        return refuse('invalid_choice', { values });
      }
      // Choosing one option twice would count it twice in the distribution.
      if (new Set(value).size !== value.length) return refuse('invalid', { reason: 'repeated' });
      if (question.maxChoices !== null && value.length > question.maxChoices) {
        return refuse('too_many_items', { maximum: question.maxChoices });
      }
      if (value.length === 0) {
        return question.required ? refuse('too_few_items', { minimum: 1 }) : skip;
      }
      return accept(value);
    }
    case 'text': {
      if (typeof value !== 'string') return refuse('invalid_type', { expected: 'string' });
      const trimmed = value.trim();
      if (trimmed.length > question.maxLength) {
        return refuse('too_long', { maximum: question.maxLength });
      }
      if (trimmed === '') return question.required ? refuse('not_blank') : skip;
      return accept(trimmed);
    }
  }
}

function integerIn(
  value: Answer['value'],
  { minimum, maximum }: { minimum: number; maximum: number },
): Verdict {
  if (typeof value !== 'number') return refuse('invalid_type', { expected: 'number' });
  if (!Number.isInteger(value)) return refuse('not_integer');
  if (value < minimum) return refuse('too_small', { minimum });
  if (value > maximum) return refuse('too_big', { maximum });
  return accept(value);
}
