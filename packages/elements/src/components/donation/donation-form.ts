import { html, nothing, type TemplateResult } from 'lit';
import {
  MAX_DONATION_FEN,
  MIN_DONATION_FEN,
  type Locale,
  type PaymentChannel,
} from '@wushe/schema';
import { ConnectionError } from '@wushe/sdk';
import type { FormController } from '../../internal/form.js';
import {
  checkField,
  fieldError,
  optionalMark,
  textField,
  type TextFieldOptions,
} from '../../internal/fields.js';
import { fill } from '../../internal/locale.js';
import type { CommonStrings } from '../../locales/types.js';
import { formatFen } from './money.js';
import {
  amountOf,
  chosenChannel,
  creditCodeProblem,
  ISSUE_FIELDS,
  type DonationValues,
} from './request.js';
import type { GivingStrings } from './giving-strings.js';

type Name = keyof DonationValues & string;
type Maybe = TemplateResult | typeof nothing;

/** What the form reads from its element, fresh at each render. */
export interface DonationFormView {
  readonly form: FormController<DonationValues>;
  readonly text: GivingStrings;
  readonly common: CommonStrings;
  readonly locale: Locale;
  /** The preset amounts, in fen. */
  readonly presets: readonly number[];
  readonly channels: readonly PaymentChannel[];
  readonly policyUrl: string;
  /** An attempt was sent and never answered (a lost connection, a reload). */
  readonly unfinished: boolean;
  readonly submit: (event: Event) => void;
  readonly requestUpdate: () => void;
}

/** The dotted API path whose errors a field shows: the inverse of `ISSUE_FIELDS`. */
const PATH_OF: Readonly<Partial<Record<Name, string>>> = Object.fromEntries(
  Object.entries(ISSUE_FIELDS).map(([path, name]) => [name, path]),
);

/**
 * The direct-mode donation form: preset and typed amounts, the donor (or anonymous, or not to be
 * published), a receipt request with the credit code checked as it is typed, the channel, consent.
 * Each field's label, hint and error are tied together (`aria-describedby`, `aria-invalid`), and
 * whatever the resident typed stays through every error.
 */
export class DonationForm {
  private creditTouched = false;

  constructor(private readonly view: () => DonationFormView) {}

  /** Forget the credit code's "left the field" state, for a fresh form. */
  reset(): void {
    this.creditTouched = false;
  }

  errorOf(name: Name): string | undefined {
    const { form, common } = this.view();
    if (name === 'creditCode') {
      const problem = creditCodeProblem(form.values, this.creditTouched, common.issues);
      if (problem) return problem;
    }
    return form.errorFor(PATH_OF[name] ?? name);
  }

  private change<K extends Name>(name: K, value: DonationValues[K]): void {
    const { form } = this.view();
    form.set(name, value);
    // The form clears errors by the field's own name; the API's path is cleared here.
    const path = PATH_OF[name];
    if (path) form.issues = form.issues.filter((issue) => issue.path.join('.') !== path);
    if (name === 'choice') form.issues = form.issues.filter((i) => i.path[0] !== 'amountFen');
  }

  render(): TemplateResult {
    const { form, text, common, locale, unfinished, policyUrl } = this.view();
    const v = form.values;
    const submitting = form.status === 'submitting';
    const amount = amountOf(v);
    return html`<form
      part="form"
      class="form"
      novalidate
      aria-busy=${submitting ? 'true' : 'false'}
      aria-labelledby="form-title"
      @submit=${this.view().submit}
    >
      <h3 id="form-title">${text.formTitle}</h3>
      ${
        unfinished
          ? html`<p class="notice">${text.unfinished}</p>`
          : form.restored
            ? html`<p class="notice">${common.draftRestored}</p>`
            : nothing
      }
      ${this.amounts()}
      <fieldset part="field">
        <legend>${text.donor}</legend>
        ${this.check('anonymous', text.anonymous)}
        ${
          v.anonymous
            ? nothing
            : html`${this.input('name', text.name, { autocomplete: 'name', maxlength: 40 })}
              ${this.check('hideName', text.hideName)}`
        }
        ${this.input('mobile', text.mobile, {
          optional: true,
          type: 'tel',
          inputmode: 'numeric',
          maxlength: 11,
          autocomplete: 'tel',
          hint: text.mobileHint,
        })}
      </fieldset>
      ${this.receipt()} ${this.channel()}
      ${this.check(
        'consent',
        text.consent,
        html`<a href=${policyUrl} target="_blank" rel="noopener"
          >${text.policy}<span class="visually-hidden">${text.opensNewWindow}</span></a
        >`,
      )}
      <div aria-live="polite">${this.failure()}</div>
      <p class="actions">
        <button type="submit" part="submit" ?disabled=${submitting}>
          ${
            submitting
              ? common.submitting
              : amount
                ? fill(text.giveAmount, { amount: formatFen(locale, amount) })
                : text.give
          }
        </button>
      </p>
    </form>`;
  }

  /** Preset amounts as radio buttons (arrow keys move between them), and "other" with a field. */
  private amounts(): TemplateResult {
    const { form, text, locale, presets } = this.view();
    const v = form.values;
    const error = this.errorOf('other');
    const other = v.choice === 'other';
    const radio = (value: string, label: string) =>
      html`<label class="choice"
        ><input
          type="radio"
          name="choice"
          value=${value}
          .checked=${v.choice === value}
          @change=${() => {
            this.change('choice', value);
          }}
        /><span>${label}</span></label
      >`;
    const hint = fill(text.amountHint, {
      minimum: formatFen(locale, MIN_DONATION_FEN),
      maximum: formatFen(locale, MAX_DONATION_FEN),
    });
    return html`<fieldset
      part="field amounts"
      class="amounts"
      aria-describedby=${error && !other ? 'other-error' : nothing}
    >
      <legend>${text.amount}</legend>
      <div class="choices">
        ${presets.map((fen) => radio(String(fen), formatFen(locale, fen)))}
        ${radio('other', text.otherAmount)}
      </div>
      ${
        other
          ? this.input('other', text.otherAmountLabel, {
              inputmode: 'decimal',
              hint,
              maxlength: 13,
              autocomplete: 'off',
            })
          : this.error('other')
      }
    </fieldset>`;
  }

  private receipt(): TemplateResult {
    const { form, text } = this.view();
    const v = form.values;
    return html`<div class="group">
      ${this.check('receipt', text.receipt, nothing, text.receiptHint)}
      ${
        v.receipt
          ? html`${this.input('receiptTitle', text.receiptTitle, { maxlength: 80 })}
            ${this.check('organisation', text.organisation)}
            ${
              v.organisation
                ? this.input('creditCode', text.creditCode, {
                    maxlength: 18,
                    autocomplete: 'off',
                    hint: text.creditCodeHint,
                    blur: () => {
                      this.creditTouched = true;
                      this.view().requestUpdate();
                    },
                  })
                : nothing
            }`
          : nothing
      }
    </div>`;
  }

  /** The channels the page offers; a single one is stated rather than offered as a choice. */
  private channel(): TemplateResult {
    const { form, text, channels } = this.view();
    const chosen = chosenChannel(form.values.channel, channels);
    if (channels.length === 1) {
      return html`<p class="channel">${text.channel}：${text.channels[channels[0]!]}</p>`;
    }
    const error = this.errorOf('channel');
    return html`<fieldset part="field" aria-describedby=${error ? 'channel-error' : nothing}>
      <legend>${text.channel}</legend>
      ${channels.map(
        (channel) =>
          html`<label class="check"
            ><input
              type="radio"
              name="channel"
              value=${channel}
              .checked=${chosen === channel}
              @change=${() => {
                this.change('channel', channel);
              }}
            />${text.channels[channel]}</label
          >`,
      )}
      ${this.error('channel')}
    </fieldset>`;
  }

  /** Why sending failed: how many fields to fix, a refusal in our words, or the error itself. */
  private failure(): Maybe {
    const { form, text, common, locale } = this.view();
    const count = new Set(form.issues.map((issue) => issue.path.join('.'))).size;
    if (count > 0) {
      return html`<p class="alert" part="alert" role="alert">
        ${fill(common.fixFields, { count: new Intl.NumberFormat(locale).format(count) })}
      </p>`;
    }
    const error = form.error;
    if (!error) return nothing;
    const known = text.refused[error.code];
    const message = known ?? (error instanceof ConnectionError ? common.offline : error.message);
    return html`<div class="alert" part="alert" role="alert">
      <p>${message}</p>
      ${
        error.requestId && !known
          ? html`<p class="hint">${fill(common.errorReference, { requestId: error.requestId })}</p>`
          : nothing
      }
    </div>`;
  }

  private error(name: Name): Maybe {
    return fieldError(name, this.errorOf(name));
  }

  private input(name: Name, label: string, options: TextFieldOptions = {}): TemplateResult {
    const { form, common, locale } = this.view();
    return textField({
      ...options,
      id: name,
      name,
      label,
      value: form.values[name],
      error: this.errorOf(name),
      required: !options.optional,
      mark: options.optional ? optionalMark(locale, common.optional) : nothing,
      change: (value) => {
        this.change(name, value);
      },
    });
  }

  private check(name: Name, label: string, after: Maybe = nothing, hint?: string): TemplateResult {
    return checkField({
      id: name,
      label,
      checked: Boolean(this.view().form.values[name]),
      error: this.errorOf(name),
      kind: 'check-field',
      after,
      ...(hint ? { hint } : {}),
      change: (checked) => {
        this.change(name, checked);
      },
    });
  }
}
