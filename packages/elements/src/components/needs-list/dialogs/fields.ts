import type { nothing } from 'lit';
import {
  adoptStyles,
  html,
  type CSSResultOrNative,
  type LitElement,
  type TemplateResult,
} from 'lit';
import type { FormController } from '../../../internal/form.js';
import { checkField, controlField, textField } from '../../../internal/fields.js';
import { fill, LocaleStrings } from '../../../internal/locale.js';
import { dialogStyles } from './dialog.styles.js';
import { zhCN, type NeedDialogStrings } from './strings/zh-CN.js';
import type { NeedDialogHost, NeedDialogName } from './host.js';

/** The dialogs' own wording: zh-CN comes with them, the others on first use. */
const dialogStrings = new LocaleStrings<NeedDialogStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The dialogs' wording in the list's locale; until it is loaded, zh-CN and a render when it is. */
export function dialogStringsOf(host: NeedDialogHost): NeedDialogStrings {
  const strings = dialogStrings.get(host.locale);
  if (strings.locale !== host.locale) {
    void dialogStrings.load(host.locale).then(() => {
      host.element.requestUpdate();
    });
  }
  return strings;
}

/** The styles each list has adopted beyond its own: the dialogs', and what a dialog brought. */
const adopted = new WeakMap<LitElement, CSSResultOrNative[]>();
/**
 * Adds the dialogs' styles to the list's own, once per list, when its first dialog loads; `extra`:
 * the styles of what one dialog shows besides (the post dialog's "follow this" offer).
 */
export function adoptDialogStyles(element: LitElement, extra: CSSResultOrNative[] = []): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const have = adopted.get(element);
  const added = extra.filter((style) => !have?.includes(style));
  if (have && added.length === 0) return;
  const all = [...(have ?? [dialogStyles]), ...added];
  adopted.set(element, all);
  adoptStyles(root, [...(element.constructor as typeof LitElement).elementStyles, ...all]);
}

export const inputValue = (event: Event) => (event.target as HTMLInputElement).value;
export const inputChecked = (event: Event) => (event.target as HTMLInputElement).checked;

/** What the shared parts use of a dialog's form: each has a consent box. */
interface ConsentForm {
  readonly values: { readonly consent: boolean };
  readonly error: FormController<{ consent: boolean }>['error'];
  readonly issues: FormController<{ consent: boolean }>['issues'];
  errorFor(path: string): string | undefined;
  set(name: 'consent', value: boolean): void;
}

/** The native `<dialog>` (top layer: a host page's `overflow` or `z-index` cannot clip it). */
export function dialogShell(
  host: NeedDialogHost,
  name: NeedDialogName,
  labelledBy: string,
  content: TemplateResult,
): TemplateResult {
  return html`<dialog
    part="dialog"
    class=${name}
    aria-labelledby=${labelledBy}
    @close=${() => {
      host.closed();
    }}
  >
    ${content}
  </dialog>`;
}

/** A labelled control with its error in place, tied by `aria-describedby`; what was typed stays. */
export function field(
  form: { errorFor(path: string): string | undefined },
  id: string,
  label: string,
  path: string,
  control: (invalid: boolean, describedBy: string | typeof nothing) => TemplateResult,
): TemplateResult {
  return controlField(id, label, form.errorFor(path), control);
}

/** A text input of a dialog's form, on the fields every widget's forms share. */
export function textInput<K extends string>(
  form: {
    readonly values: Readonly<Record<K, unknown>>;
    errorFor(path: string): string | undefined;
    set(name: K, value: string): void;
  },
  name: K,
  {
    path,
    ...options
  }: { id: string; label: string; path?: string; type?: string; inputmode?: string },
): TemplateResult {
  return textField({
    ...options,
    autocomplete: name === 'mobile' ? 'tel' : name === 'name' ? 'name' : 'off',
    value: form.values[name],
    error: form.errorFor(path ?? name),
    change: (value) => {
      form.set(name, value);
    },
  });
}

/** One choice out of a few, as radios in a fieldset (who claims, what kind of need). */
export function radioGroup<T extends string>(
  legend: string,
  name: string,
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  chosen: T,
  choose: (value: T) => void,
): TemplateResult {
  return html`<fieldset>
    <legend>${legend}</legend>
    ${values.map(
      (value) =>
        html`<label class="check"
          ><input
            type="radio"
            name=${name}
            value=${value}
            .checked=${chosen === value}
            @change=${() => {
              choose(value);
            }}
          />${labels[value]}</label
        >`,
    )}
  </fieldset>`;
}

/** The consent box every dialog that sends personal details has (PIPL: explicit consent). */
export function consentBox(form: ConsentForm, id: string, label: string): TemplateResult {
  return checkField({
    id,
    label,
    kind: 'consent',
    checked: form.values.consent,
    error: form.errorFor('consent'),
    change: (checked) => {
      form.set('consent', checked);
    },
  });
}

/**
 * The form's error, announced: a conflict in the dialog's own words (`conflicts`), any other
 * failure in the API's message, field errors as a count (each one sits on its field).
 */
export function formError(
  host: NeedDialogHost,
  form: ConsentForm,
  conflicts: Readonly<Record<string, string>> = {},
): TemplateResult {
  const { error, issues } = form;
  const text = error
    ? (conflicts[error.code] ?? error.message)
    : issues.length > 0
      ? fill(host.strings.fixFields, { count: issues.length })
      : '';
  return html`<p class="error" part="form-error" role="alert">${text}</p>`;
}
