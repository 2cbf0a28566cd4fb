import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  ageOn,
  isoToday,
  normalizeIdNumber,
  parseIdNumber,
  type Activity,
  type DivisionTree,
  type Locale,
  NeedCategory,
  Availability,
  type RegisterVolunteerRequest,
  type Signup,
  type Volunteer,
} from '@wushe/schema';
import {
  ActivitiesResource,
  ConnectionError,
  DivisionsResource,
  VolunteersResource,
  WusheError,
} from '@wushe/sdk';
import { WusheElement } from '../../internal/wushe-element.js';
import { RemoteController } from '../../internal/remote.js';
import { FormController } from '../../internal/form.js';
import { fill, LocaleStrings } from '../../internal/locale.js';
import { volunteerSignupStyles } from './volunteer-signup.styles.js';
import { zhCN, type VolunteerSignupStrings } from './strings/zh-CN.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-volunteer-registered.js';
import type {} from '../../events/wushe-activity-signup.js';

const ownStrings = new LocaleStrings<VolunteerSignupStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

// The contract's own tables, so a category added there appears here without another list.
const CATEGORIES: readonly NeedCategory[] = Object.values(NeedCategory);
const AVAILABILITY: readonly Availability[] = Object.values(Availability);

interface Values extends Record<string, unknown> {
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

const INITIAL: Values = {
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

/** Where each form field's errors arrive from the API (dotted issue paths). */
const PATHS: Readonly<Record<string, string>> = {
  guardianName: 'guardian.name',
  guardianMobile: 'guardian.mobile',
  guardianConsent: 'guardian.consent',
};

type Loaded = { readonly tree: DivisionTree } | { readonly activity: Activity };

/**
 * @tagname wushe-volunteer-signup
 * @summary Volunteer registration (社区志愿者登记), or signup for one activity when `activity` is set.
 *
 * Registration asks for a name, a mobile, an optional 身份证号 (checked as it is typed; it fills in
 * the birth date), the community, skills, service areas, availability and consent; a guardian's
 * name, mobile and consent for anyone under 18. Success shows the volunteer code. With
 * `activity="act_…"` it shows the activity, the places left or the waitlist, and a short signup form.
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
 * @csspart alert - The summary of what to fix, or why sending failed.
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
    text: { state: true },
    result: { state: true },
    idTouched: { state: true },
  };

  /** An activity id (`act_…`): sign up for this activity instead of registering as a volunteer. */
  declare activity: string | undefined;
  /** The privacy policy the consent links to. */
  declare policyUrl: string;
  /** The version of that policy, recorded with the consent. */
  declare policyVersion: string;
  declare protected text: VolunteerSignupStrings;
  declare protected result: Volunteer | Signup | undefined;
  declare protected idTouched: boolean;

  readonly remote = new RemoteController<Loaded>(
    this,
    (signal) => this.load(signal),
    (error) => {
      this.report(error);
    },
  );

  readonly form = new FormController<Values>(this, {
    initial: INITIAL,
    draftKey: () =>
      `wushe.volunteer-signup.${this.activity || this.config.community || 'district'}`,
    sensitive: ['idNumber'],
  });

  private needsLoad = false;
  private focusAfterUpdate: string | undefined;

  constructor() {
    super();
    this.policyUrl = '#';
    this.policyVersion = '2026-01';
    this.text = zhCN;
    this.idTouched = false;
  }

  protected override configChanged(): void {
    this.needsLoad = true;
    this.preselectCommunity();
  }

  protected override localeChanged(locale: Locale): void {
    void ownStrings.load(locale).then((text) => (this.text = text));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.needsLoad || changed.has('activity')) {
      this.needsLoad = false;
      void this.remote.run();
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  private async load(signal: AbortSignal): Promise<Loaded> {
    if (!this.activity)
      return { tree: await new DivisionsResource(this.requester).list({}, { signal }) };
    const community = this.config.community;
    const list = new ActivitiesResource(this.requester).list(community ? { community } : {}, {
      signal,
    });
    for await (const activity of list) if (activity.id === this.activity) return { activity };
    throw new WusheError({ code: 'not_found', status: 404, message: this.text.notFound });
  }

  private report(error: WusheError): void {
    this.emit('wushe-error', {
      code: error.code,
      status: error.status,
      message: error.message,
      requestId: error.requestId,
    });
  }

  private preselectCommunity(): void {
    const community = this.config.community;
    if (community && !this.form.values.communityId) {
      this.form.values = { ...this.form.values, communityId: community };
    }
  }

  /** The ID number's problem, once the resident has left the field or typed all 18 characters. */
  private get idProblem(): string | undefined {
    const id = this.form.values.idNumber.trim();
    if (!id || (!this.idTouched && id.length < 18)) return undefined;
    const parsed = parseIdNumber(id);
    return parsed.ok ? undefined : this.strings.issues[parsed.problem];
  }

  /** Under 18 by the birth date given or read from the ID number. */
  private get minor(): boolean {
    const { birthDate } = this.form.values;
    return /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && ageOn(birthDate, isoToday()) < 18;
  }

  private errorOf(name: string): string | undefined {
    if (name === 'idNumber' && this.idProblem) return this.idProblem;
    return this.form.errorFor(PATHS[name] ?? name);
  }

  private change<K extends keyof Values>(name: K, value: Values[K]): void {
    this.form.set(name, value);
    const path = PATHS[name as string];
    if (path) this.form.issues = this.form.issues.filter((issue) => issue.path.join('.') !== path);
    if (name === 'idNumber') {
      const parsed = parseIdNumber(value as string);
      if (parsed.ok) this.form.set('birthDate', parsed.value.birthDate);
    }
  }

  private onInput(name: keyof Values) {
    return (event: Event) => {
      const target = event.target as HTMLInputElement;
      this.change(name, target.type === 'checkbox' ? target.checked : target.value);
    };
  }

  private toggle(name: 'serviceAreas' | 'availability', value: string) {
    return (event: Event) => {
      const checked = (event.target as HTMLInputElement).checked;
      const current = this.form.values[name] as string[];
      const next = checked ? [...current, value] : current.filter((each) => each !== value);
      this.change(name, next as never);
    };
  }

  private async register(): Promise<void> {
    const consent = { policyVersion: this.policyVersion, agreed: this.form.values.consent };
    const result = await this.form.submit((v) => {
      const idNumber = normalizeIdNumber(v.idNumber);
      const request: RegisterVolunteerRequest = {
        name: v.name.trim(),
        mobile: v.mobile.trim(),
        communityId: v.communityId,
        skills: v.skills
          .split(/[,，、;；\n]+/)
          .map((skill) => skill.trim())
          .filter(Boolean),
        serviceAreas: v.serviceAreas,
        availability: v.availability,
        consent,
        ...(idNumber ? { idNumber } : {}),
        ...(v.birthDate ? { birthDate: v.birthDate } : {}),
        ...(this.minor
          ? {
              guardian: {
                name: v.guardianName.trim(),
                mobile: v.guardianMobile.trim(),
                consent: v.guardianConsent,
              },
            }
          : {}),
      };
      return new VolunteersResource(this.requester).register(request);
    });
    this.finish(result);
    if (result) this.emit('wushe-volunteer-registered', result);
  }

  private async signup(activity: Activity): Promise<void> {
    const result = await this.form.submit((v) =>
      new ActivitiesResource(this.requester).signup({
        id: activity.id,
        name: v.name.trim(),
        mobile: v.mobile.trim(),
        consent: { policyVersion: this.policyVersion, agreed: v.consent },
      }),
    );
    this.finish(result);
    if (result) this.emit('wushe-activity-signup', result);
  }

  private finish(result: Volunteer | Signup | undefined): void {
    if (result) {
      this.result = result;
      this.focusAfterUpdate = '.success h3';
      return;
    }
    if (this.form.error) this.report(this.form.error);
    else if (this.form.issues.length > 0) this.focusAfterUpdate = '[aria-invalid="true"]';
  }

  private readonly another = (): void => {
    this.form.reset();
    this.idTouched = false;
    this.result = undefined;
    this.preselectCommunity();
    this.focusAfterUpdate = '#name';
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const loaded = this.remote.value;
    if (loaded && 'activity' in loaded) void this.signup(loaded.activity);
    else void this.register();
  };

  override render() {
    const loaded = this.remote.status === 'ready' ? this.remote.value : undefined;
    const title = this.activity ? this.text.signupTitle : this.text.title;
    const busy = this.remote.status === 'loading' || this.form.status === 'submitting';
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="title">${loaded && 'activity' in loaded ? loaded.activity.title : title}</h2>
      ${
        this.result
          ? this.renderSuccess(this.result)
          : loaded
            ? 'activity' in loaded
              ? this.renderActivity(loaded.activity)
              : this.renderRegistration(loaded.tree)
            : this.renderStatus()
      }
    </div>`;
  }

  private renderStatus(): TemplateResult {
    const { status, error } = this.remote;
    if (status === 'loading' || status === 'idle') {
      return html`<p class="status" role="status">${this.strings.loading}</p>`;
    }
    const message =
      status === 'offline' || error instanceof ConnectionError
        ? this.strings.offline
        : error?.code === 'not_found'
          ? this.text.notFound
          : this.strings.errorTitle;
    return html`<div class="alert" part="alert" role="alert">
        <p>${message}</p>
        ${
          error?.requestId
            ? html`<p class="hint">
                ${fill(this.strings.errorReference, { requestId: error.requestId })}
              </p>`
            : nothing
        }
      </div>
      <p class="actions">
        <button type="button" @click=${() => void this.remote.run()}>${this.strings.retry}</button>
      </p>`;
  }

  private renderSuccess(result: Volunteer | Signup): TemplateResult {
    if ('code' in result) {
      return html`<section class="success" part="success">
        <h3 tabindex="-1">${this.text.registered}</h3>
        <div>
          <p>${this.text.codeLabel}</p>
          <p class="code" part="code">${result.code}</p>
        </div>
        <p>${this.text.registeredNext}</p>
        <p class="actions">
          <button type="button" class="secondary" @click=${this.another}>
            ${this.text.registerAnother}
          </button>
        </p>
      </section>`;
    }
    const waitlisted = result.status === 'waitlisted';
    return html`<section class="success" part="success">
      <h3 tabindex="-1">
        ${
          waitlisted
            ? fill(this.text.waitlisted, { position: this.number(result.waitlistPosition ?? 1) })
            : this.text.confirmed
        }
      </h3>
      <p>${waitlisted ? this.text.waitlistedNext : this.text.confirmedNext}</p>
    </section>`;
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  private renderActivity(activity: Activity): TemplateResult {
    const time = new Intl.DateTimeFormat(this.locale, {
      timeZone: 'Asia/Shanghai',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).formatRange(new Date(activity.startsAt), new Date(activity.endsAt));
    const left = Math.max(0, activity.capacity - activity.signedUp);
    return html`<div class="activity" part="activity">
        <p>${activity.description}</p>
        <dl>
          <dt>${this.text.time}</dt>
          <dd>${time}</dd>
          <dt>${this.text.location}</dt>
          <dd>${activity.location}</dd>
        </dl>
        <p class="notice places">
          ${
            !activity.open
              ? this.text.closed
              : left > 0
                ? fill(this.text.placesLeft, { count: this.number(left) })
                : this.text.full
          }
        </p>
      </div>
      ${
        activity.open
          ? this.renderForm(
              html`${this.textField('name', this.text.name, { autocomplete: 'name' })}
              ${this.mobileField()}`,
              this.text.signup,
            )
          : nothing
      }`;
  }

  private renderRegistration(tree: DivisionTree): TemplateResult {
    const s = this.strings;
    const t = this.text;
    const v = this.form.values;
    return html`<p>${t.intro}</p>
      ${this.renderForm(
        html`${this.textField('name', t.name, { autocomplete: 'name' })} ${this.mobileField()}
          ${this.textField('idNumber', t.idNumber, {
            optional: true,
            hint: t.idNumberHint,
            maxlength: 18,
            autocomplete: 'off',
            blur: () => (this.idTouched = true),
          })}
          ${this.textField('birthDate', t.birthDate, {
            type: 'date',
            optional: true,
            hint: t.birthDateHint,
            autocomplete: 'bday',
          })}
          <div class="field" part="field">
            <label for="communityId">${t.community}</label>
            <select
              id="communityId"
              aria-invalid=${this.errorOf('communityId') ? 'true' : 'false'}
              aria-describedby=${this.errorOf('communityId') ? 'communityId-error' : nothing}
              @change=${this.onInput('communityId')}
            >
              <option value="" ?selected=${!v.communityId}>${t.chooseCommunity}</option>
              ${tree.streets.map(
                (street) =>
                  html`<optgroup label=${street.name}>
                    ${street.communities.map(
                      (community) =>
                        html`<option
                          value=${community.code}
                          ?selected=${community.code === v.communityId}
                        >
                          ${community.name}
                        </option>`,
                    )}
                  </optgroup>`,
              )}
            </select>
            ${this.fieldError('communityId')}
          </div>
          ${this.textField('skills', t.skills, { optional: true, hint: t.skillsHint })}
          ${this.checkGroup('serviceAreas', t.serviceAreas, CATEGORIES, s.categories)}
          ${this.checkGroup('availability', t.availability, AVAILABILITY, s.availability)}
          ${
            this.minor
              ? html`<fieldset part="guardian">
                  <legend>${t.guardian}</legend>
                  <p class="hint">${t.guardianHint}</p>
                  ${this.exactError('guardian')}
                  ${this.textField('guardianName', t.guardianName, { autocomplete: 'off' })}
                  ${this.textField('guardianMobile', t.guardianMobile, {
                    type: 'tel',
                    inputmode: 'numeric',
                    maxlength: 11,
                    autocomplete: 'off',
                  })}
                  ${this.checkField('guardianConsent', html`${t.guardianConsent}`)}
                </fieldset>`
              : nothing
          }`,
        t.register,
      )}`;
  }

  /** The form shell: fields, consent, the alert and the submit button. */
  private renderForm(fields: TemplateResult, submitLabel: string): TemplateResult {
    const t = this.text;
    const submitting = this.form.status === 'submitting';
    const count = new Set(this.form.issues.map((issue) => issue.path.join('.'))).size;
    return html`<form
      part="form"
      novalidate
      aria-busy=${submitting ? 'true' : 'false'}
      @submit=${this.onSubmit}
    >
      ${this.form.restored ? html`<p class="notice">${this.strings.draftRestored}</p>` : nothing}
      ${fields}
      ${this.checkField(
        'consent',
        html`${t.consent}`,
        html`<a href=${this.policyUrl} target="_blank" rel="noopener"
          >${t.policy}<span class="visually-hidden">${t.opensNewWindow}</span></a
        >`,
      )}
      <div aria-live="polite">${this.renderFailure(count)}</div>
      <p class="actions">
        <button type="submit" part="submit" ?disabled=${submitting}>
          ${submitting ? this.strings.submitting : submitLabel}
        </button>
      </p>
    </form>`;
  }

  private renderFailure(count: number): TemplateResult | typeof nothing {
    const error = this.form.error;
    if (count > 0) {
      return html`<p class="alert" part="alert" role="alert">
        ${fill(this.strings.fixFields, { count: this.number(count) })}
      </p>`;
    }
    if (!error) return nothing;
    const known: Readonly<Record<string, string>> = {
      volunteer_exists: this.text.volunteerExists,
      already_signed_up: this.text.alreadySignedUp,
      activity_closed: this.text.activityClosed,
    };
    const message =
      known[error.code] ??
      (error instanceof ConnectionError ? this.strings.offline : error.message);
    return html`<div class="alert" part="alert" role="alert">
      <p>${message}</p>
      ${
        error.requestId && !known[error.code]
          ? html`<p class="hint">
              ${fill(this.strings.errorReference, { requestId: error.requestId })}
            </p>`
          : nothing
      }
    </div>`;
  }

  private fieldError(name: string): TemplateResult | typeof nothing {
    const error = this.errorOf(name);
    return error
      ? html`<p id="${name}-error" class="field-error" part="field-error">${error}</p>`
      : nothing;
  }

  /** An error on exactly this path (e.g. "guardian" missing), not on one of its fields. */
  private exactError(path: string): TemplateResult | typeof nothing {
    const issue = this.form.issues.find((each) => each.path.join('.') === path);
    return issue
      ? html`<p id="${path}-error" class="field-error" part="field-error">${issue.message}</p>`
      : nothing;
  }

  private textField(
    name: keyof Values & string,
    label: string,
    options: {
      type?: string;
      optional?: boolean;
      hint?: string;
      maxlength?: number;
      autocomplete?: string;
      inputmode?: string;
      blur?: () => void;
    } = {},
  ): TemplateResult {
    const error = this.errorOf(name);
    const described = [options.hint ? `${name}-hint` : '', error ? `${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field" part="field">
      <label for=${name}>${label}${options.optional ? this.optional() : nothing}</label>
      ${options.hint ? html`<p id="${name}-hint" class="hint">${options.hint}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type=${options.type ?? 'text'}
        .value=${this.form.values[name]}
        autocomplete=${options.autocomplete ?? nothing}
        inputmode=${options.inputmode ?? nothing}
        maxlength=${options.maxlength ?? nothing}
        ?required=${!options.optional}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${this.onInput(name)}
        @blur=${options.blur ?? nothing}
      />
      ${this.fieldError(name)}
    </div>`;
  }

  private optional(): TemplateResult {
    const word = this.strings.optional;
    return html`<span class="optional"
      >${this.locale === 'en' ? ` (${word})` : `（${word}）`}</span
    >`;
  }

  private mobileField(): TemplateResult {
    return this.textField('mobile', this.text.mobile, {
      type: 'tel',
      inputmode: 'numeric',
      maxlength: 11,
      autocomplete: 'tel',
      hint: this.text.mobileHint,
    });
  }

  private checkField(
    name: 'consent' | 'guardianConsent',
    label: TemplateResult,
    after: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const error = this.errorOf(name);
    return html`<div class="field consent" part="field">
      <label class="check">
        <input
          id=${name}
          type="checkbox"
          .checked=${this.form.values[name]}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${name}-error` : nothing}
          @change=${this.onInput(name)}
        />
        ${label}
      </label>
      ${after} ${this.fieldError(name)}
    </div>`;
  }

  private checkGroup(
    name: 'serviceAreas' | 'availability',
    legend: string,
    values: readonly string[],
    labels: Readonly<Record<string, string>>,
  ): TemplateResult {
    const chosen = this.form.values[name] as string[];
    const error = this.errorOf(name);
    return html`<fieldset part="field" aria-describedby=${error ? `${name}-error` : nothing}>
      <legend>${legend}${this.optional()}</legend>
      <div class="checks">
        ${values.map(
          (value) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name=${name}
                value=${value}
                .checked=${chosen.includes(value)}
                @change=${this.toggle(name, value)}
              />${labels[value]}</label
            >`,
        )}
      </div>
      ${this.fieldError(name)}
    </fieldset>`;
  }
}
