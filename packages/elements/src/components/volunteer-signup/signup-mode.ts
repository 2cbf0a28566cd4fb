import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Availability, Locale, NeedCategory, Signup, Volunteer } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import type { FormController } from '../../internal/form.js';
import type { CommonStrings, DomainStrings } from '../../locales/types.js';
import type { VolunteerSignupStrings } from './strings/zh-CN.js';

/**
 * The form's values, shared by both modes: an activity signup uses only the name, the mobile and
 * the consent, so a resident who switches from one to the other keeps what they typed.
 */
export interface SignupValues extends Record<string, unknown> {
  name: string;
  mobile: string;
  idNumber: string;
  birthDate: string;
  communityId: string;
  skills: string;
  serviceAreas: NeedCategory[];
  availability: Availability[];
  guardianName: string;
  guardianMobile: string;
  guardianConsent: boolean;
  consent: boolean;
}

export const INITIAL_VALUES: SignupValues = {
  name: '',
  mobile: '',
  idNumber: '',
  birthDate: '',
  communityId: '',
  skills: '',
  serviceAreas: [],
  availability: [],
  guardianName: '',
  guardianMobile: '',
  guardianConsent: false,
  consent: false,
};

/** What a signup ends with: a registered volunteer (with a code) or a place at the activity. */
export type SignupResult = Volunteer | Signup;

/**
 * What a mode sees of `<wushe-volunteer-signup>`. Every member is read when it is used, so a new
 * locale, key or policy reaches a mode that was loaded before it.
 */
export interface SignupHost {
  readonly requester: Requester;
  readonly form: FormController<SignupValues>;
  /** The wording every widget shares (loading, retry, categories, field issues…). */
  readonly strings: CommonStrings;
  /** Names of service areas (the need categories) and availability. */
  readonly domain: DomainStrings;
  /** This widget's own wording. */
  readonly text: VolunteerSignupStrings;
  readonly locale: Locale;
  /** The community in force (attribute or provider); `''` for the whole district. */
  readonly community: string;
  /** The activity id (`act_…`) in activity mode; `''` when registering. */
  readonly activity: string;
  readonly policyUrl: string;
  readonly policyVersion: string;
  /** The `<form>`'s submit handler: sends through the mode and shows the outcome. */
  readonly submit: (event: Event) => void;
  /** Back to an empty form after a success, for the next person. */
  readonly again: () => void;
  requestUpdate(): void;
  /** The element, for a mode's controllers (its activity's live places). */
  readonly element: ReactiveControllerHost;
  /** The mode in use: a mode replaced by another stops what it follows. */
  readonly mode: SignupMode | undefined;
  /** What the success panel shows, once sent. */
  readonly result: SignupResult | undefined;
  /** Shows `result` on the success panel instead (a place the person waiting was promoted to). */
  showResult(result: SignupResult): void;
}

/**
 * One way of signing up, loaded only when it is used (`import()`): registration carries the
 * registration schema and the division picker, activity signup the activity's; the element itself
 * carries neither.
 */
export interface SignupMode {
  /** Loads what the mode shows (the district tree, the activity); rejects with a `WusheError`. */
  load(signal: AbortSignal): Promise<void>;
  /** The heading once loaded: the form's name, or the activity's title. */
  readonly title: string;
  render(): TemplateResult;
  /** Sends the form: the result, or `undefined` when it failed (the form then says why). */
  submit(): Promise<SignupResult | undefined>;
  renderSuccess(result: SignupResult): TemplateResult;
  /** Forgets what belonged to the last person, before the next one fills the form in. */
  reset(): void;
}

/** What each mode module exports as `createMode`. */
export type SignupModeFactory = (host: SignupHost) => SignupMode;
