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
  readonly issues: IssueMessages;
}

/**
 * Names of the domain's choices, in one locale: kept apart from the shared wording so that only
 * the widgets that show them (needs list, volunteer signup) carry them.
 */
export interface DomainStrings {
  readonly locale: Locale;
  /** Names of the 需求清单 categories, also a volunteer's service areas. */
  readonly categories: Readonly<Record<NeedCategory, string>>;
  readonly availability: Readonly<Record<Availability, string>>;
}
