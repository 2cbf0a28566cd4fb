import type { Availability, IssueMessages, Locale, NeedCategory } from '@wushe/schema';

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
  /** Names of the 需求清单 categories, also a volunteer's service areas. */
  readonly categories: Readonly<Record<NeedCategory, string>>;
  readonly availability: Readonly<Record<Availability, string>>;
  readonly issues: IssueMessages;
}
