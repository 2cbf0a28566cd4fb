import { html, nothing, type TemplateResult } from 'lit';

/*
 * The field templates the forms share (donation, volunteer sign-up, the survey's follow-up): a
 * label, an optional hint and the error, tied to the control with `aria-describedby` and
 * `aria-invalid`, so every widget's fields read and sound the same and expose the same parts.
 * The control shows what the form holds, so nothing typed is lost on a re-render or an error.
 */

type Maybe = TemplateResult | typeof nothing;

/** The error under a field, with the id its control points at. */
export function fieldError(id: string, error: string | undefined): Maybe {
  return error
    ? html`<p id="${id}-error" class="field-error" part="field-error">${error}</p>`
    : nothing;
}

/** "（选填）", or " (optional)" in English: the label's mark of a field one may leave blank. */
export function optionalMark(locale: string, word: string): TemplateResult {
  return html`<span class="optional">${locale === 'en' ? ` (${word})` : `（${word}）`}</span>`;
}

/** The hint's and the error's ids, for `aria-describedby` (or `nothing` when there are none). */
function describedBy(
  id: string,
  hint: unknown,
  error: string | undefined,
): string | typeof nothing {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
  );
}

/**
 * Any other control with its label and error (a select, a textarea): `control` renders it with
 * the `aria-invalid` and `aria-describedby` values it is given.
 */
export function controlField(
  id: string,
  label: string,
  error: string | undefined,
  control: (invalid: boolean, describedBy: string | typeof nothing) => TemplateResult,
): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    ${control(Boolean(error), describedBy(id, undefined, error))} ${fieldError(id, error)}
  </div>`;
}

export interface TextFieldOptions {
  readonly type?: string;
  /** Not `required`, and labelled 选填 / optional. */
  readonly optional?: boolean;
  /** A line under the label, tied to the input with `aria-describedby`. */
  readonly hint?: string;
  readonly maxlength?: number;
  readonly autocomplete?: string;
  readonly inputmode?: string;
  readonly blur?: () => void;
}

/** One text input: where its value and error come from, and where a change goes. */
export interface TextField extends Omit<TextFieldOptions, 'optional'> {
  readonly id: string;
  /** The form control's `name`, when it has one. */
  readonly name?: string;
  readonly label: string;
  readonly value: unknown;
  readonly error: string | undefined;
  readonly required?: boolean;
  /** Shown after the label (see `optionalMark`). */
  readonly mark?: Maybe;
  readonly change: (value: string) => void;
}

export function textField(field: TextField): TemplateResult {
  const { id, hint, error } = field;
  return html`<div class="field" part="field">
    <label for=${id}>${field.label}${field.mark ?? nothing}</label>
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    <input
      id=${id}
      name=${field.name ?? nothing}
      type=${field.type ?? 'text'}
      .value=${field.value}
      autocomplete=${field.autocomplete ?? nothing}
      inputmode=${field.inputmode ?? nothing}
      maxlength=${field.maxlength ?? nothing}
      ?required=${Boolean(field.required)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(id, hint, error)}
      @input=${(event: Event) => {
        field.change((event.target as HTMLInputElement).value);
      }}
      @blur=${field.blur ?? nothing}
    />
    ${fieldError(id, error)}
  </div>`;
}

/** One checkbox (a consent, a choice), its label around it. */
export interface CheckField {
  readonly id: string;
  readonly label: string | TemplateResult;
  readonly checked: boolean;
  readonly error: string | undefined;
  /** The wrapper's class next to `field`: `consent`, `check-field`. */
  readonly kind: string;
  /** Right after the label: a link to the privacy policy. */
  readonly after?: Maybe;
  readonly hint?: string;
  readonly change: (checked: boolean) => void;
}

export function checkField(field: CheckField): TemplateResult {
  const { id, hint, error } = field;
  return html`<div class="field ${field.kind}" part="field">
    <label class="check">
      <input
        id=${id}
        type="checkbox"
        .checked=${field.checked}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(id, hint, error)}
        @change=${(event: Event) => {
          field.change((event.target as HTMLInputElement).checked);
        }}
      />
      ${field.label}
    </label>
    ${field.after ?? nothing} ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    ${fieldError(id, error)}
  </div>`;
}
