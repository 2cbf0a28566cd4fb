import { html, nothing, type TemplateResult } from 'lit';
import type { MyVolunteer } from '@wushe/schema';
import { checkField, textField } from '../../internal/fields.js';
import type { FormController } from '../../internal/form.js';
import { fill } from '../../internal/locale.js';
import type { CommonStrings, DomainStrings } from '../../locales/types.js';
import type { EditValues } from './edit-values.js';
import type { Formats } from './format.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/*
 * The choices are the keys of the domain's wording, which is typed by the contract's own tables
 * (`Record<NeedCategory, string>`), so a category added there must be worded and then appears
 * here, without importing the contract's schemas into the widget's first chunk.
 */
const keysOf = <K extends string>(record: Readonly<Record<K, string>>) =>
  Object.keys(record) as K[];

/** What the registration section reads of the widget, and what its buttons do. */
export interface RegistrationView {
  readonly text: MyVolunteeringViewStrings;
  readonly common: CommonStrings;
  readonly domain: DomainStrings;
  readonly formats: Formats;
  readonly volunteer: MyVolunteer;
  readonly community: string;
  readonly editing: boolean;
  readonly confirmingWithdraw: boolean;
  readonly busy: boolean;
  readonly form: FormController<EditValues>;
  readonly edit: () => void;
  readonly cancelEdit: () => void;
  readonly save: () => void;
  readonly askWithdraw: () => void;
  readonly keep: () => void;
  readonly withdraw: () => void;
}

/** My registration: the details, the correction form, and withdrawing consent. */
export function renderRegistration(view: RegistrationView): TemplateResult {
  const { text, volunteer } = view;
  return html`<section part="registration" aria-labelledby="registration-title">
    <h3 id="registration-title">${text.registration}</h3>
    ${view.editing ? renderEditForm(view) : renderDetails(view)}
    ${view.editing ? nothing : renderWithdraw(view)}
    <p class="muted">
      ${fill(text.consentGiven, {
        date: view.formats.date(volunteer.consent.consentedAt),
        version: volunteer.consent.policyVersion,
      })}
    </p>
  </section>`;
}

function renderDetails(view: RegistrationView): TemplateResult {
  const { text, volunteer, domain } = view;
  const list = (values: readonly string[]) => (values.length ? values.join('、') : text.none);
  return html`<dl class="details">
      <dt>${text.code}</dt>
      <dd class="volunteer-code">${volunteer.code}</dd>
      <dt>${text.name}</dt>
      <dd>${volunteer.name}</dd>
      <dt>${text.mobile}</dt>
      <dd>${volunteer.mobile}</dd>
      <dt>${text.idNumber}</dt>
      <dd>${volunteer.idNumber ?? text.none}</dd>
      <dt>${text.community}</dt>
      <dd>${view.community}</dd>
      <dt>${text.skills}</dt>
      <dd>${list(volunteer.skills)}</dd>
      <dt>${text.serviceAreas}</dt>
      <dd>${list(volunteer.serviceAreas.map((area) => domain.categories[area]))}</dd>
      <dt>${text.availability}</dt>
      <dd>${list(volunteer.availability.map((slot) => domain.availability[slot]))}</dd>
    </dl>
    <p class="actions">
      <button
        type="button"
        class="secondary"
        part="edit"
        ?disabled=${view.busy}
        @click=${view.edit}
      >
        ${text.edit}
      </button>
    </p>`;
}

/** A group of checkboxes whose values are a list in the form. */
function choices<K extends 'serviceAreas' | 'availability'>(
  view: RegistrationView,
  name: K,
  legend: string,
  options: readonly EditValues[K][number][],
  label: (value: EditValues[K][number]) => string,
): TemplateResult {
  const chosen = view.form.values[name] as readonly string[];
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="checks">
      ${options.map((value) =>
        checkField({
          id: `${name}-${value}`,
          label: label(value),
          checked: chosen.includes(value),
          error: undefined,
          kind: 'check-field',
          change: (checked) => {
            const next = checked ? [...chosen, value] : chosen.filter((each) => each !== value);
            view.form.set(name, next as EditValues[K]);
          },
        }),
      )}
    </div>
    ${
      view.form.errorFor(name)
        ? html`<p class="field-error" part="field-error">${view.form.errorFor(name)}</p>`
        : nothing
    }
  </fieldset>`;
}

function renderEditForm(view: RegistrationView): TemplateResult {
  const { text, form, domain } = view;
  const submitting = form.status === 'submitting';
  return html`<form
    part="form"
    novalidate
    aria-busy=${submitting ? 'true' : 'false'}
    @submit=${(event: Event) => {
      event.preventDefault();
      view.save();
    }}
  >
    ${textField({
      id: 'edit-name',
      label: text.name,
      value: form.values.name,
      error: form.errorFor('name'),
      required: true,
      maxlength: 40,
      autocomplete: 'name',
      change: (value) => {
        form.set('name', value);
      },
    })}
    ${textField({
      id: 'edit-skills',
      label: text.skills,
      hint: text.skillsHint,
      value: form.values.skills,
      error: form.errorFor('skills'),
      change: (value) => {
        form.set('skills', value);
      },
    })}
    ${choices(view, 'serviceAreas', text.serviceAreas, keysOf(domain.categories), (c) => domain.categories[c])}
    ${choices(view, 'availability', text.availability, keysOf(domain.availability), (a) => domain.availability[a])}
    ${
      form.error
        ? html`<p class="alert" part="alert" role="alert">${view.common.errorTitle}</p>`
        : nothing
    }
    <p class="actions">
      <button type="submit" part="save" ?disabled=${submitting}>
        ${submitting ? view.common.submitting : text.save}
      </button>
      <button type="button" class="secondary" ?disabled=${submitting} @click=${view.cancelEdit}>
        ${text.cancelEdit}
      </button>
    </p>
  </form>`;
}

function renderWithdraw(view: RegistrationView): TemplateResult {
  const { text } = view;
  if (!view.confirmingWithdraw) {
    return html`<p class="actions">
      <button
        type="button"
        class="secondary danger"
        part="withdraw"
        ?disabled=${view.busy}
        @click=${view.askWithdraw}
      >
        ${text.withdraw}
      </button>
    </p>`;
  }
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby="withdraw-explained">
    <p id="withdraw-explained">${text.withdrawExplained}</p>
    <p class="actions">
      <button
        type="button"
        class="danger"
        id="withdraw-confirm"
        part="withdraw-confirm"
        ?disabled=${view.busy}
        @click=${view.withdraw}
      >
        ${text.withdrawConfirm}
      </button>
      <button type="button" class="secondary" ?disabled=${view.busy} @click=${view.keep}>
        ${text.keep}
      </button>
    </p>
  </div>`;
}
