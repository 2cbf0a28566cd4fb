/**
 * `<wushe-survey>` sent a resident's answers and the server recorded them. Not sent when the
 * server refuses a second answer (一事一评): nothing new was recorded then.
 */
export interface WusheSurveySubmittedDetail {
  readonly surveyId: string;
  readonly subjectId: string;
  /** The stored response's id (`rsp_…`). */
  readonly responseId: string;
  readonly createdAt: string;
  /** The first 好差评 rating given, 5 非常满意 … 1 非常不满意; `null` if the survey has none. */
  readonly rating: number | null;
  /** The resident left a contact, with consent, for a follow-up call (回访). */
  readonly followUp: boolean;
}

export type WusheSurveySubmittedEvent = CustomEvent<WusheSurveySubmittedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-survey-submitted': WusheSurveySubmittedEvent;
  }
}
