import { html, nothing, type TemplateResult } from 'lit';
import {
  yuanToFen,
  type Call,
  type CreateProposalRequest,
  type OrganizationDesk,
} from '@wushe/schema';
import type { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import type { OrganizationDeskStrings } from './strings/zh-CN.js';

/** The fields the proposal form shows its issues at; any other issue shows above them. */
const SHOWN = ['title', 'needIds', 'budgetFen', 'summary'] as const;

/** The needs the organization claimed: what a proposal may answer. */
export const claimedNeeds = (desk: OrganizationDesk) =>
  desk.matchedNeeds.filter((entry) => entry.claimedByUs).map((entry) => entry.need);

/**
 * The proposal the form holds, as `CreateProposalRequest` names it: the budget typed in yuan as
 * fen (a budget that is no amount stays NaN, for the contract to refuse at `budgetFen`); the
 * communities served are the need's, else the organization's own. The contract checks the rest.
 */
export function readProposal(form: HTMLFormElement, desk: OrganizationDesk): CreateProposalRequest {
  const needId = (form.elements.namedItem('needIds') as HTMLSelectElement | null)?.value ?? '';
  const need = claimedNeeds(desk).find((each) => each.id === needId);
  const community = need?.communityId ?? desk.organization.communityId;
  return {
    organizationId: desk.organization.id,
    title: fieldValue(form, 'title').trim(),
    summary: fieldValue(form, 'summary').trim(),
    communityIds: community ? [community] : [],
    needIds: need ? [need.id] : [],
    budgetFen: yuanToFen(fieldValue(form, 'budgetFen')) ?? Number.NaN,
  };
}

/**
 * The proposal form of `call`: the project's title, the claimed need it answers, the budget in
 * yuan and the plan, each with the issues the contract or the server gave at it; the call's own
 * refusals (its deadline passed, it closed) above the fields. `actions`: send and cancel.
 */
export function renderProposalForm(
  form: EditorForm,
  call: Call,
  desk: OrganizationDesk,
  words: OrganizationDeskStrings,
  onSubmit: (event: SubmitEvent) => void,
  actions: TemplateResult,
): TemplateResult {
  const others = form.unshown(SHOWN);
  return html`<form
    class="inline-form"
    part="proposal-form"
    aria-labelledby="call-${call.id}"
    @submit=${onSubmit}
  >
    ${
      others.length > 0
        ? html`<div class="field-error" part="form-error" role="alert" tabindex="-1">
            ${others.map((message) => html`<p>${message}</p>`)}
          </div>`
        : nothing
    }
    ${form.text('title', words.proposalTitle)}
    ${form.select(
      'needIds',
      words.need,
      [
        { value: '', label: words.noNeed },
        ...claimedNeeds(desk).map((need) => ({ value: need.id, label: need.title })),
      ],
      '',
    )}
    <p class="meta">${words.needHint}</p>
    ${form.text('budgetFen', words.budget, { hint: words.budgetHint })}
    <div class="field">
      <label for="summary">${words.summary}</label>
      <textarea
        id="summary"
        name="summary"
        rows="5"
        maxlength="2000"
        aria-invalid=${form.invalid('summary')}
        aria-describedby="summary-hint ${form.describedBy('summary')}"
      ></textarea>
      <p class="meta" id="summary-hint">${words.summaryHint}</p>
      ${form.renderIssues('summary')}
    </div>
    ${actions}
  </form>`;
}
