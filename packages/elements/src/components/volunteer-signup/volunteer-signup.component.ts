import { html, type PropertyValues, type TemplateResult } from 'lit';
import { ConnectionError } from '@wushe/sdk';
import { WusheElement } from '../../internal/wushe-element.js';
import { renderLoadState } from '../../internal/load-state.js';
import { RemoteController } from '../../internal/remote.js';
import { FormController } from '../../internal/form.js';
import { LocaleController, LocaleStrings } from '../../internal/locale.js';
import { domainStrings } from '../../internal/domain-strings.js';
import type { DomainStrings } from '../../locales/types.js';
import { volunteerSignupStyles } from './volunteer-signup.styles.js';
import { zhCN, type VolunteerSignupStrings } from './strings/zh-CN.js';
import {
  INITIAL_VALUES,
  type SignupHost,
  type SignupMode,
  type SignupModeFactory,
  type SignupResult,
  type SignupValues,
} from './signup-mode.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-volunteer-registered.js';
import type {} from '../../events/wushe-activity-signup.js';

const ownStrings = new LocaleStrings<VolunteerSignupStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/**
 * Each mode in its own chunk, loaded when the widget first needs it: a page that only registers
 * volunteers never downloads the activity signup, and the element's entry carries neither mode's
 * schemas (which is what keeps it within SPEC §8's 20 kB).
 */
const MODES: Readonly<
  Record<'registration' | 'activity', () => Promise<{ createMode: SignupModeFactory }>>
> = {
  registration: () => import('./registration.js'),
  activity: () => import('./activity-signup.js'),
};

/**
 * @tagname wushe-volunteer-signup
 * @summary Volunteer registration (社区志愿者登记), or signup for one activity when `activity` is set.
 *
 * Registration asks for a name, a mobile, an optional 身份证号 (checked as it is typed; it fills in
 * the birth date), the community, skills, service areas, availability and consent; a guardian's
 * name, mobile and consent for anyone under 18. Success shows the volunteer code. With
 * `activity="act_…"` it shows the activity, the places left or the waitlist, and a short signup form.
 * Each mode is loaded on first use; the loading state shows meanwhile.
 *
 * @event wushe-volunteer-registered - A volunteer was registered; `detail` is the `Volunteer` (masked).
 * @event wushe-activity-signup - Someone signed up for the activity; `detail` is the `Signup`.
 * @event wushe-error - Loading or sending failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart form - The form.
 * @csspart field - Each field (label, control, hint, error).
 * @csspart field-error - A field's error message.
 * @csspart guardian - The guardian's fields, shown for a minor.
 * @csspart alert - The summary of what to fix, or why sending failed.
 * @csspart state - The load-state panel: loading, offline, or an error.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the form could not be loaded (or that there is no such activity).
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 * @csspart submit - The submit button.
 * @csspart activity - The activity's details.
 * @csspart success - The success panel.
 * @csspart code - The volunteer code on the success panel.
 *
 * @cssproperty --wushe-color-primary - Buttons, links and checkboxes.
 * @cssproperty --wushe-color-danger - Field errors.
 * @cssproperty --wushe-color-success - The volunteer code.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheVolunteerSignup extends WusheElement {
  static override styles = volunteerSignupStyles;

  static override properties = {
    ...WusheElement.properties,
    activity: { type: String, reflect: true },
    policyUrl: { type: String, attribute: 'policy-url' },
    policyVersion: { type: String, attribute: 'policy-version' },
    result: { state: true },
  };

  /** An activity id (`act_…`): sign up for this activity instead of registering as a volunteer. */
  declare activity: string | undefined;
  /** The privacy policy the consent links to: the district's own, which residents must be able to read. */
  declare policyUrl: string;
  /** The version of that policy, recorded with the consent (PIPL: what exactly they agreed to). */
  declare policyVersion: string;
  /** This widget's wording in the current locale (zh-CN bundled, the others loaded on use). */
  /** The registered volunteer or the signup, once sent: the success panel shows it. */
  declare protected result: SignupResult | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly domainWords = new LocaleController(this, domainStrings);
  /** This widget's own wording, in its locale. */
  protected get text(): VolunteerSignupStrings {
    return this.words.value;
  }
  /** Names of need categories (service areas) and availability, in its locale. */
  protected get domain(): DomainStrings {
    return this.domainWords.value;
  }

  /** The mode in use, once its code and its data (district tree, activity) have arrived. */
  readonly remote = new RemoteController<SignupMode>(this, {
    task: (_args, { signal }) => this.load(signal),
    args: () => [this.activity, ...this.configArgs()],
  });

  /**
   * What the resident typed, and each field's error: it survives every failure, and a reload as a
   * session draft (without the ID number).
   */
  readonly form = new FormController<SignupValues>(this, {
    initial: INITIAL_VALUES,
    draftKey: () =>
      `wushe.volunteer-signup.${this.activity || this.config.community || 'district'}`,
    // PIPL: an ID number is never written to storage, not even the session's.
    sensitive: ['idNumber'],
  });

  /** What a mode sees of this element; read live, so a new locale or key reaches it at once. */
  private readonly host: SignupHost = ((element: WusheVolunteerSignup): SignupHost => ({
    get requester() {
      return element.requester;
    },
    get form() {
      return element.form;
    },
    get strings() {
      return element.strings;
    },
    get text() {
      return element.text;
    },
    get domain() {
      return element.domain;
    },
    get locale() {
      return element.locale;
    },
    get community() {
      return element.config.community;
    },
    get activity() {
      return element.activity ?? '';
    },
    get policyUrl() {
      return element.policyUrl;
    },
    get policyVersion() {
      return element.policyVersion;
    },
    submit: (event) => {
      event.preventDefault();
      void element.send();
    },
    again: () => {
      element.again();
    },
    requestUpdate: () => {
      element.requestUpdate();
    },
    element,
    get mode() {
      return element.remote.value;
    },
    get result() {
      return element.result;
    },
    showResult: (result) => {
      element.result = result;
    },
  }))(this);

  private focusAfterUpdate: string | undefined;

  constructor() {
    super();
    this.policyUrl = '#';
    this.policyVersion = '2026-01';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('activity') && changed.get('activity') !== undefined) this.result = undefined;
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** Loads the mode's code (a lost connection reads as offline), then its data. */
  private async load(signal: AbortSignal): Promise<SignupMode> {
    const { createMode } = await MODES[this.activity ? 'activity' : 'registration']().catch(
      (cause: unknown) => {
        throw new ConnectionError({
          code: 'connection_failed',
          status: 0,
          message: 'Could not load the signup form',
          cause,
        });
      },
    );
    const mode = createMode(this.host);
    await mode.load(signal);
    return mode;
  }

  private async send(): Promise<void> {
    const mode = this.remote.value;
    if (!mode) return;
    const result = await mode.submit();
    if (result) {
      this.result = result;
      this.focusAfterUpdate = '.success h3';
      if ('code' in result) this.emit('wushe-volunteer-registered', result);
      else this.emit('wushe-activity-signup', result);
      return;
    }
    if (this.form.error) this.report(this.form.error);
    else if (this.form.issues.length > 0) {
      // The first field to fix takes the focus, so a keyboard user lands where the work is. The
      // form has already rendered its errors by now: one more update moves the focus.
      this.focusAfterUpdate = '[aria-invalid="true"]';
      this.requestUpdate();
    }
  }

  private again(): void {
    this.form.reset();
    this.remote.value?.reset();
    this.result = undefined;
    this.focusAfterUpdate = '#name';
  }

  override render() {
    const mode = this.remote.status === 'ready' ? this.remote.value : undefined;
    const busy = this.remote.status === 'loading' || this.form.status === 'submitting';
    const title = mode?.title ?? (this.activity ? this.text.signupTitle : this.text.title);
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="title">${title}</h2>
      ${
        mode ? (this.result ? mode.renderSuccess(this.result) : mode.render()) : this.renderStatus()
      }
    </div>`;
  }

  /** Loading, or why nothing could be loaded (offline, not found, an error) with a retry. */
  private renderStatus(): TemplateResult {
    return renderLoadState(this.remote, this.strings, {}, { not_found: this.text.notFound });
  }
}
