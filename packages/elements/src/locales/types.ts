import type { ErrorMessages, IssueMessages, Locale } from '@wushe/schema';

/** The wording every widget shares, in one locale. Widget-specific wording lives beside each widget. */
export interface CommonStrings {
  readonly locale: Locale;
  readonly loading: string;
  readonly retry: string;
  readonly errorTitle: string;
  /** Shown with the request id, so a resident can quote it to the hotline. */
  readonly errorReference: string;
  readonly offline: string;
  readonly reconnecting: string;
  readonly empty: string;
  readonly submit: string;
  readonly submitting: string;
  readonly cancel: string;
  readonly close: string;
  readonly optional: string;
  readonly fixFields: string;
  readonly draftRestored: string;
  readonly issues: IssueMessages;
  readonly errors: ErrorMessages;
}
