import type { Question, QuestionType } from '@wushe/schema';

/**
 * A question as the form holds it while it is typed: its options one per line. It becomes the
 * contract's `Question` only when sent, and the request schema judges it then.
 */
export interface QuestionDraft {
  readonly id: string;
  readonly type: QuestionType;
  readonly prompt: string;
  readonly required: boolean;
  /** A choice question's options, one a line. */
  readonly options: string;
  /** A text question's longest answer, as the survey had it (new ones: 500). */
  readonly maxLength: number;
}

const TEXT_MAX_LENGTH = 500;

/** A question's id the form gives it: the first free `q1`, `q2`, … of the survey. */
function freeId(taken: readonly QuestionDraft[]): string {
  const ids = new Set(taken.map((draft) => draft.id));
  let n = 1;
  while (ids.has(`q${n}`)) n++;
  return `q${n}`;
}

/** A new question of `type`, after `taken`. */
export const newDraft = (
  taken: readonly QuestionDraft[],
  type: QuestionType = 'rating',
): QuestionDraft => ({
  id: freeId(taken),
  type,
  prompt: '',
  required: true,
  options: '',
  maxLength: TEXT_MAX_LENGTH,
});

/** The form's drafts of a survey's questions. */
export function draftsOf(questions: readonly Question[]): QuestionDraft[] {
  return questions.map((question) => ({
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    required: question.required,
    options:
      question.type === 'single' || question.type === 'multi'
        ? question.options.map((option) => option.label).join('\n')
        : '',
    maxLength: question.type === 'text' ? question.maxLength : TEXT_MAX_LENGTH,
  }));
}

/** The contract's questions from the drafts: options `o1`, `o2`, … in the order typed. */
export function questionsOf(drafts: readonly QuestionDraft[]): Question[] {
  return drafts.map((draft): Question => {
    const base = { id: draft.id, prompt: draft.prompt.trim(), required: draft.required };
    const options = draft.options
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((label, index) => ({ id: `o${index + 1}`, label }));
    switch (draft.type) {
      case 'rating':
        return { ...base, type: 'rating' };
      case 'nps':
        return { ...base, type: 'nps', lowLabel: null, highLabel: null };
      case 'single':
        return { ...base, type: 'single', options };
      case 'multi':
        return { ...base, type: 'multi', options, maxChoices: null };
      case 'text':
        return { ...base, type: 'text', maxLength: draft.maxLength };
    }
  });
}

/** Whether the drafts say what `questions` say (an answered survey's unchanged questions). */
export const sameQuestions = (drafts: readonly QuestionDraft[], questions: readonly Question[]) =>
  JSON.stringify(questionsOf(drafts)) === JSON.stringify(questionsOf(draftsOf(questions)));
