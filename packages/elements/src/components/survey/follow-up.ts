import { html, type TemplateResult } from 'lit';
import { checkField, textField } from '../../internal/fields.js';
import type { SurveyStrings } from './strings/zh-CN.js';
import { CONTACT, type ContactField } from './values.js';

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
    const value = view.values[CONTACT[field]];
    return textField({
      ...attributes,
      id: `contact-${field}`,
      label,
      value: typeof value === 'string' ? value : '',
      error: view.error(field),
      change: (typed) => {
        view.set(field, typed);
      },
    });
  };
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
    ${checkField({
      id: 'contact-consent',
      label: text.contactConsent,
      checked: view.values[CONTACT.consent] === true,
      error: view.error('consent'),
      kind: 'consent',
      after: html`<a href=${view.policyUrl} target="_blank" rel="noopener"
        >${text.policy}<span class="visually-hidden">${text.opensNewWindow}</span></a
      >`,
      change: (checked) => {
        view.set('consent', checked);
      },
    })}
  </fieldset>`;
}
