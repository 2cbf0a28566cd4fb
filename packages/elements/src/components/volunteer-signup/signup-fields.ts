import { html, nothing, type TemplateResult } from 'lit';
import { ConnectionError } from '@wushe/sdk';
import {
  checkField,
  fieldError,
  optionalMark,
  textField,
  type TextFieldOptions,
} from '../../internal/fields.js';
import { fill } from '../../internal/locale.js';
import type { SignupHost, SignupValues } from './signup-mode.js';

type Name = keyof SignupValues & string;
type Maybe = TemplateResult | typeof nothing;

/** Where a form field's errors arrive from the API, when its path is not its name. */
const PATHS: Readonly<Partial<Record<Name, string>>> = {
  guardianName: 'guardian.name',
  guardianMobile: 'guardian.mobile',
  guardianConsent: 'guardian.consent',
};

export interface FieldHooks {
  /** A problem found while typing (an ID number's check digit), shown before any sending. */
  readonly problem?: (name: Name) => string | undefined;
  /** Called after a field changed, to fill in what follows from it (a birth date from the ID). */
  readonly changed?: (name: Name, value: unknown) => void;
}

/** A number in the reader's locale: 1,234 or 1,234. */
export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * The field templates both modes share: each field's label, hint and error wired together with
 * `aria-describedby` and `aria-invalid`, the consent with its policy link, the summary of what to
 * fix or why sending failed, and the success panel. A field shows the server's error for its path
 * and the mode's own live check, and loses neither its value nor its error on a re-render.
 */
export class SignupFields {
  constructor(
    private readonly host: SignupHost,
    private readonly hooks: FieldHooks = {},
  ) {}

  errorOf(name: Name): string | undefined {
    return this.hooks.problem?.(name) ?? this.host.form.errorFor(PATHS[name] ?? name);
  }

  change<K extends Name>(name: K, value: SignupValues[K]): void {
    const { form } = this.host;
    form.set(name, value);
    // The form clears errors by the field's own name; a nested path is cleared here.
    const path = PATHS[name];
    if (path) form.issues = form.issues.filter((issue) => issue.path.join('.') !== path);
    this.hooks.changed?.(name, value);
  }

  /** The form shell: the draft notice, the fields, the consent, the outcome and the button. */
  form(fields: TemplateResult, submitLabel: string, known: Readonly<Record<string, string>>) {
    const { form, strings, text } = this.host;
    const submitting = form.status === 'submitting';
    return html`<form
      part="form"
      novalidate
      aria-busy=${submitting ? 'true' : 'false'}
      @submit=${this.host.submit}
    >
      ${form.restored ? html`<p class="notice">${strings.draftRestored}</p>` : nothing} ${fields}
      ${this.check(
        'consent',
        html`${text.consent}`,
        html`<a href=${this.host.policyUrl} target="_blank" rel="noopener"
          >${text.policy}<span class="visually-hidden">${text.opensNewWindow}</span></a
        >`,
      )}
      <div aria-live="polite">${this.failure(known)}</div>
      <p class="actions">
        <button type="submit" part="submit" ?disabled=${submitting}>
          ${submitting ? strings.submitting : submitLabel}
        </button>
      </p>
    </form>`;
  }

  /**
   * Why the last sending failed: how many fields to fix, a conflict explained in the mode's own
   * words (`known`, by error code), or the error with its reference for the hotline.
   */
  private failure(known: Readonly<Record<string, string>>): Maybe {
    const { form, strings, locale } = this.host;
    const count = new Set(form.issues.map((issue) => issue.path.join('.'))).size;
    if (count > 0) {
      return html`<p class="alert" part="alert" role="alert">
        ${fill(strings.fixFields, { count: formatNumber(locale, count) })}
      </p>`;
    }
    const error = form.error;
    if (!error) return nothing;
    const kind = known[error.code];
    const message = kind ?? (error instanceof ConnectionError ? strings.offline : error.message);
    return html`<div class="alert" part="alert" role="alert">
      <p>${message}</p>
      ${
        error.requestId && !kind
          ? html`<p class="hint">
              ${fill(strings.errorReference, { requestId: error.requestId })}
            </p>`
          : nothing
      }
    </div>`;
  }

  error(name: Name): Maybe {
    return fieldError(name, this.errorOf(name));
  }

  /** An error on exactly this path (e.g. "guardian" missing), not on one of its fields. */
  exact(path: string): Maybe {
    const issue = this.host.form.issues.find((each) => each.path.join('.') === path);
    return issue
      ? html`<p id="${path}-error" class="field-error" part="field-error">${issue.message}</p>`
      : nothing;
  }

  text(name: Name, label: string, options: TextFieldOptions = {}): TemplateResult {
    return textField({
      ...options,
      id: name,
      name,
      label,
      value: this.host.form.values[name],
      error: this.errorOf(name),
      required: !options.optional,
      mark: options.optional ? this.optional() : nothing,
      change: (value) => {
        this.change(name, value);
      },
    });
  }

  /** An 11-digit mobile: the numeric keypad on phones, and why we ask for it. */
  mobile(name: 'mobile' | 'guardianMobile', label: string, hint?: string): TemplateResult {
    return this.text(name, label, {
      type: 'tel',
      inputmode: 'numeric',
      maxlength: 11,
      autocomplete: name === 'mobile' ? 'tel' : 'off',
      ...(hint ? { hint } : {}),
    });
  }

  check(name: 'consent' | 'guardianConsent', label: TemplateResult, after: Maybe = nothing) {
    return checkField({
      id: name,
      label,
      checked: this.host.form.values[name],
      error: this.errorOf(name),
      kind: 'consent',
      after,
      change: (checked) => {
        this.change(name, checked);
      },
    });
  }

  /** Checkboxes for a list of codes (service areas, availability), labelled in the locale. */
  group<N extends 'serviceAreas' | 'availability'>(
    name: N,
    legend: string,
    values: readonly SignupValues[N][number][],
    labels: Readonly<Record<SignupValues[N][number], string>>,
  ): TemplateResult {
    const chosen: readonly string[] = this.host.form.values[name];
    const error = this.errorOf(name);
    const toggle = (value: SignupValues[N][number]) => (event: Event) => {
      const checked = (event.target as HTMLInputElement).checked;
      const current = this.host.form.values[name] as SignupValues[N][number][];
      const next = checked ? [...current, value] : current.filter((each) => each !== value);
      this.change(name, next as SignupValues[N]);
    };
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
                @change=${toggle(value)}
              />${labels[value]}</label
            >`,
        )}
      </div>
      ${this.error(name)}
    </fieldset>`;
  }

  /** The success panel; its heading takes the focus, so a screen reader hears the outcome. */
  success(heading: string, body: TemplateResult, again: string): TemplateResult {
    return html`<section class="success" part="success">
      <h3 tabindex="-1">${heading}</h3>
      ${body}
      <p class="actions">
        <button type="button" class="secondary" @click=${this.host.again}>${again}</button>
      </p>
    </section>`;
  }

  private optional(): TemplateResult {
    return optionalMark(this.host.locale, this.host.strings.optional);
  }
}
