import {
  respondToSurveyRoute,
  type FieldIssue,
  type IssueMessages,
  type Survey,
  type SurveyResponse,
  type SurveyResponseRequest,
} from '@wushe/schema';
import { checkInput, ValidationError, WusheError, type Requester } from '@wushe/sdk';
import type { FormController } from '../../internal/form.js';
import type { SurveyStrings } from './strings/zh-CN.js';
import { answerKey, contactOf, given, type Values } from './values.js';

/*
 * Sending a response, in its own chunk: the response's schema (answers, the contact, the mobile
 * number's rules) is loaded when the resident starts answering, not with the page.
 */

export interface SendContext {
  readonly form: FormController<Values>;
  readonly requester: Requester;
  readonly text: SurveyStrings;
  readonly issues: IssueMessages;
  readonly policyVersion: string;
  readonly token: string;
}

/** What became of the answers: recorded, refused as a second answer, or kept to fix or resend. */
export type Outcome =
  | { readonly kind: 'sent'; readonly response: SurveyResponse; readonly followUp: boolean }
  | { readonly kind: 'repeat' }
  | { readonly kind: 'failed' };

/**
 * Puts each issue where the resident sees it: an answer's on its question (the server names the
 * answer by its index in what was sent, or a missing one by its `questionId`), a contact's on its
 * input. Anything else (a subject the survey does not rate) stays for the summary.
 */
function onFields(issues: readonly FieldIssue[], sent: readonly { questionId: string }[]) {
  return issues.map((issue): FieldIssue => {
    const [head, index, leaf] = issue.path;
    if (head === 'answers') {
      const named = issue.params?.questionId;
      const questionId =
        typeof index === 'number' && leaf === 'value'
          ? sent[index]?.questionId
          : index === undefined && typeof named === 'string'
            ? named
            : undefined;
      return questionId ? { ...issue, path: [answerKey(questionId)] } : issue;
    }
    if (head === 'contact' && typeof index === 'string') {
      return { ...issue, path: [`contact.${index}`] };
    }
    return issue;
  });
}

/** Required questions left unanswered, as issues on their questions. */
function unanswered(survey: Survey, values: Values, context: SendContext): FieldIssue[] {
  return survey.questions
    .filter((question) => question.required && !given(values[answerKey(question.id)]))
    .map((question) => ({
      path: [answerKey(question.id)],
      code: 'required',
      message:
        question.type === 'text'
          ? context.issues.not_blank
          : question.type === 'multi'
            ? context.text.chooseSome
            : context.text.chooseOne,
    }));
}

/**
 * Checks the answers and sends them. Every problem is reported at once, each on its question or
 * field: unanswered questions, what the contract finds in the rest, then what the server finds.
 * The answers stay in the form whatever happens, until they are recorded.
 */
export async function send(
  survey: Survey,
  subjectId: string,
  context: SendContext,
): Promise<Outcome> {
  const { form, requester } = context;
  const values = form.values;
  const contact = contactOf(survey, values, context.policyVersion);
  const answers = survey.questions.flatMap((question) => {
    const value = values[answerKey(question.id)];
    if (!given(value)) return [];
    return [{ questionId: question.id, value: typeof value === 'string' ? value.trim() : value }];
  });
  const body: SurveyResponseRequest = {
    respondentToken: context.token,
    subjectId,
    answers,
    ...(contact ? { contact } : {}),
  };
  const response = await form.submit(() => {
    const issues = unanswered(survey, values, context);
    try {
      checkInput(requester, respondToSurveyRoute.body, body);
    } catch (error) {
      if (!(error instanceof WusheError)) throw error;
      // With no answer at all, "answer at least one" below says it better than the schema.
      issues.push(
        ...error.issues.filter((issue) => answers.length > 0 || issue.path[0] !== 'answers'),
      );
    }
    if (answers.length === 0 && issues.length === 0) {
      issues.push({ path: [], code: 'required', message: context.text.answerOne });
    }
    if (issues.length > 0) {
      throw new ValidationError({ code: 'validation_failed', status: 0, message: '', issues });
    }
    return requester.call(respondToSurveyRoute, {
      params: { id: survey.id },
      body,
    });
  });
  if (response) return { kind: 'sent', response, followUp: contact !== undefined };
  if (form.error?.code === 'already_responded') return { kind: 'repeat' };
  form.issues = onFields(form.issues, answers);
  return { kind: 'failed' };
}
