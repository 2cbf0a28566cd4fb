import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyStrings } from './strings/zh-CN.js';
import { CONTACT, type ContactField } from './survey.values.js';

/*
 * The follow-up contact, in its own chunk: it is shown only after a low rating, which most
 * residents never give.
 */

export interface FollowUpView {
  readonly text: SurveyStrings;
  readonly values: Readonly<Record<string, unknown>>;
  error(field: ContactField): string | undefined;
  set(field: ContactField, value: string | boolean): void;
  readonly optional: TemplateResult;
  readonly policyUrl: string;
}

function fieldError(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p id="${id}-error" class="field-error" part="field-error">${error}</p>`
    : nothing;
}

/**
 * After a low rating: an optional contact for a follow-up call (回访). Left blank, the answers
 * go in anonymously as always; given, it needs the resident's consent, recorded with the notice's
 * version.
 */
export function renderFollowUp(view: FollowUpView): TemplateResult {
  const { text } = view;
  const input = (
    field: 'name' | 'mobile',
    label: string,
    attributes: { type: string; autocomplete: string; maxlength: number; inputmode?: string },
  ) => {
    const id = `contact-${field}`;
    const error = view.error(field);
    const value = view.values[CONTACT[field]];
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${attributes.type}
        autocomplete=${attributes.autocomplete}
        inputmode=${attributes.inputmode ?? nothing}
        maxlength=${attributes.maxlength}
        .value=${typeof value === 'string' ? value : ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(event: Event) => {
          view.set(field, (event.target as HTMLInputElement).value);
        }}
      />
      ${fieldError(id, error)}
    </div>`;
  };
  const consentError = view.error('consent');
  return html`<fieldset class="follow-up" part="follow-up" aria-describedby="follow-up-intro">
    <legend>${text.followUpTitle}${view.optional}</legend>
    <p id="follow-up-intro" class="hint">${text.followUpIntro}</p>
    ${input('name', text.contactName, { type: 'text', autocomplete: 'name', maxlength: 40 })}
    ${input('mobile', text.contactMobile, {
      type: 'tel',
      autocomplete: 'tel',
      maxlength: 20,
      inputmode: 'numeric',
    })}
    <div class="field consent" part="field">
      <label class="check">
        <input
          id="contact-consent"
          type="checkbox"
          .checked=${view.values[CONTACT.consent] === true}
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${consentError ? 'contact-consent-error' : nothing}
          @change=${(event: Event) => {
            view.set('consent', (event.target as HTMLInputElement).checked);
          }}
        />
        ${text.contactConsent}
      </label>
      <a href=${view.policyUrl} target="_blank" rel="noopener"
        >${text.policy}<span class="visually-hidden">${text.opensNewWindow}</span></a
      >
      ${fieldError('contact-consent', consentError)}
    </div>
  </fieldset>`;
}
