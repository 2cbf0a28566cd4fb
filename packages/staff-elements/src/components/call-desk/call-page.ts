import { html, nothing, type TemplateResult } from 'lit';
import type { Disbursement, Locale, Proposal, StaffFund } from '@wushe/schema';
import { fill, formatFen } from '@wushe/elements/foundation.js';
import { formatDay } from '../../internal/beijing-time.js';
import type { EditorForm } from '../../internal/editor-form.js';
import type { CallPage } from './api.js';
import type { CallDeskStrings } from './strings/zh-CN.js';

/** The refusals of a disbursement the desk words itself, beside the server's message. */
export type DisbursementRefusal = 'insufficient_fund_balance' | 'project_quiet';

/** What a call's page is drawn from: the loaded call, the desk's state and its handlers. */
export interface CallPageView {
  readonly words: CallDeskStrings;
  readonly locale: Locale;
  readonly page: CallPage;
  readonly form: EditorForm;
  /** The proposal whose form was sent last: the form's issues are its own. */
  readonly sentFor: string | undefined;
  readonly busy: string | undefined;
  readonly confirming: boolean;
  /** The disbursements recorded on this page, by proposal. */
  readonly paid: ReadonlyMap<string, readonly Disbursement[]>;
  /** The fund each project was approved with, to pay it from by default. */
  readonly projectFunds: ReadonlyMap<string, string>;
  /** Why a proposal's last disbursement was refused, when the desk words it. */
  readonly refusals: ReadonlyMap<string, DisbursementRefusal>;
  readonly renderFailure: (key: string) => unknown;
  readonly onBack: () => void;
  readonly onClose: () => void;
  readonly onConfirmClose: () => void;
  readonly onCancelClose: () => void;
  readonly onApprove: (event: SubmitEvent, proposal: Proposal) => void;
  readonly onDisburse: (event: SubmitEvent, proposal: Proposal) => void;
}

/** The page with the proposal `proposalId` become the project `projectId`. */
export const withProject = (page: CallPage, proposalId: string, projectId: string): CallPage => ({
  ...page,
  call: {
    ...page.call,
    proposals: page.call.proposals.map((each) =>
      each.id === proposalId ? { ...each, projectId } : each,
    ),
  },
});

const percent = (locale: Locale, share: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

function fundOptions(view: CallPageView, picked: string | undefined): TemplateResult[] {
  const { words, locale } = view;
  return view.page.funds.map(
    (fund: StaffFund) =>
      html`<option value=${fund.id} ?selected=${fund.id === picked}>
        ${fill(words.fundOption, {
          name: fund.name,
          raised: formatFen(locale, fund.raisedFen),
          disbursed: formatFen(locale, fund.disbursedFen),
        })}
      </option>`,
  );
}

/** The ranking the server stored when the call closed: rank, reviewers', votes', blended. */
function renderResult(view: CallPageView, result: NonNullable<Proposal['result']>) {
  const { words, locale } = view;
  return html`<dl class="result" part="result">
    <div>
      <dt>${words.ranking}</dt>
      <dd part="rank">${fill(words.rank, { rank: result.rank })}</dd>
    </div>
    <div>
      <dt>${words.reviewerPart}</dt>
      <dd>${percent(locale, result.reviewerScore)}</dd>
    </div>
    <div>
      <dt>${words.votePart}</dt>
      <dd part="votes">
        ${fill(words.votes, { votes: result.votes, share: percent(locale, result.voteShare) })}
      </dd>
    </div>
    <div>
      <dt>${words.blended}</dt>
      <dd part="blended">${percent(locale, result.blendedScore)}</dd>
    </div>
  </dl>`;
}

function renderApprove(view: CallPageView, proposal: Proposal) {
  const { words } = view;
  const id = `approve-fund-${proposal.id}`;
  return html`<form
    class="inline-form"
    aria-labelledby="title-${proposal.id}"
    @submit=${(event: SubmitEvent) => {
      view.onApprove(event, proposal);
    }}
  >
    <div class="field">
      <label for=${id}>${words.fund}</label>
      <select id=${id} name="fundId">
        <option value="">${words.noFund}</option>
        ${fundOptions(view, undefined)}
      </select>
    </div>
    <div class="actions">
      <button type="submit" part="approve" ?disabled=${view.busy === proposal.id}>
        ${words.approve}
      </button>
    </div>
  </form>`;
}

function renderDisburse(view: CallPageView, proposal: Proposal, projectId: string) {
  const { words, form, locale } = view;
  const own = view.sentFor === proposal.id;
  const refusal = own ? view.refusals.get(proposal.id) : undefined;
  const unshown = own && !refusal ? form.unshown(['amountFen', 'purpose', 'fundId']) : [];
  const field = (name: 'amountFen' | 'purpose', label: string, value: string) => {
    const id = `${name}-${proposal.id}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${name}
        part=${name === 'amountFen' ? 'amount' : 'purpose'}
        inputmode=${name === 'amountFen' ? 'decimal' : 'text'}
        autocomplete="off"
        required
        value=${value}
        aria-invalid=${own ? form.invalid(name) : 'false'}
        aria-describedby=${own ? form.describedBy(name) : ''}
      />
      ${own ? form.renderIssues(name) : nothing}
    </div>`;
  };
  const fundId = `disburse-fund-${proposal.id}`;
  return html`<p part="project">${fill(words.project, { id: projectId })}</p>
    <form
      class="inline-form"
      part="disburse-form"
      aria-labelledby="title-${proposal.id}"
      novalidate
      @submit=${(event: SubmitEvent) => {
        view.onDisburse(event, proposal);
      }}
    >
      <div class="field">
        <label for=${fundId}>${words.fund}</label>
        <select id=${fundId} name="fundId" required>
          ${fundOptions(view, view.projectFunds.get(projectId))}
        </select>
      </div>
      ${field('amountFen', words.amount, '')}
      ${field('purpose', words.purpose, fill(words.purposeDefault, { title: proposal.title }))}
      ${
        refusal
          ? html`<p class="error" part="refusal" role="alert">
              ${refusal === 'project_quiet' ? words.projectQuiet : words.insufficientBalance}
            </p>`
          : nothing
      }
      ${unshown.map((message) => html`<p class="error" role="alert">${message}</p>`)}
      <div class="actions">
        <button type="submit" part="disburse" ?disabled=${view.busy === proposal.id}>
          ${words.disburse}
        </button>
      </div>
    </form>
    ${(view.paid.get(proposal.id) ?? []).map(
      (paid) =>
        html`<p part="paid">
          ${fill(words.disbursed, {
            amount: formatFen(locale, paid.amountFen),
            title: proposal.title,
          })}
        </p>`,
    )}`;
}

function renderProposal(view: CallPageView, proposal: Proposal, closed: boolean) {
  const { words, locale, page } = view;
  const needs = proposal.needIds.map((id) => page.needTitles.get(id) ?? id);
  let decision: unknown = nothing;
  if (closed) {
    decision = proposal.projectId
      ? renderDisburse(view, proposal, proposal.projectId)
      : renderApprove(view, proposal);
  }
  return html`<li>
    <article part="item" data-id=${proposal.id} aria-labelledby="title-${proposal.id}">
      <h4 id="title-${proposal.id}" part="item-title" tabindex="-1">${proposal.title}</h4>
      <p class="meta">
        ${fill(words.proposalMeta, {
          organization: proposal.organizationName,
          budget: formatFen(locale, proposal.budgetFen),
        })}
      </p>
      <p part="needs">
        ${needs.length > 0 ? fill(words.linkedNeeds, { needs: needs.join('、') }) : words.noNeed}
      </p>
      ${proposal.result ? renderResult(view, proposal.result) : nothing} ${decision}
      ${view.renderFailure(proposal.id)}
    </article>
  </li>`;
}

function renderClose(view: CallPageView) {
  const { words, page } = view;
  if (!view.confirming) {
    return html`<div class="actions">
      <button type="button" part="close" @click=${view.onClose}>${words.close}</button>
    </div>`;
  }
  return html`<div
    class="confirm"
    part="close-confirm"
    role="group"
    aria-labelledby="close-question"
  >
    <p id="close-question">${fill(words.closeQuestion, page.call.weights)}</p>
    <div class="actions">
      <button
        type="button"
        class="danger"
        part="confirm-close"
        ?disabled=${view.busy === page.call.id}
        @click=${view.onConfirmClose}
      >
        ${words.confirmClose}
      </button>
      <button type="button" class="secondary" @click=${view.onCancelClose}>${words.cancel}</button>
    </div>
  </div>`;
}

/**
 * A call's page: its id (for the administrator who grants reviewers), its proposals with their
 * organization, budget and needs; while open, the note that votes stay hidden and closing after
 * an in-place confirmation; once closed, each proposal's place in the server's ranking, approving
 * it as a project and paying the project from a fund.
 */
export function renderCallPage(view: CallPageView) {
  const { words, locale, page } = view;
  const { call } = page;
  const closed = call.status === 'closed';
  return html`<div class="call-page" part="call-page">
    <div class="actions">
      <button type="button" class="secondary" part="back" @click=${view.onBack}>
        ${words.back}
      </button>
    </div>
    <h3 id="call-title" part="call-title" tabindex="-1">${call.title}</h3>
    <p class="meta">
      ${closed ? words.statusClosed : words.statusOpen} ·
      <span part="call-dates"
        >${fill(words.opensOn, { date: formatDay(locale, call.opensAt) })} ·
        ${fill(words.closesOn, { date: formatDay(locale, call.proposalsCloseAt) })}</span
      >
      · ${formatFen(locale, call.budgetFen)}
    </p>
    <p part="call-id">${fill(words.callId, { id: call.id })}</p>
    <p class="meta" part="reviewers-note">${fill(words.reviewersNote, { id: call.id })}</p>
    ${
      closed
        ? nothing
        : html`<p class="notice" part="votes-hidden">${words.votesHidden}</p>
            ${renderClose(view)}`
    }
    ${view.renderFailure(call.id)}
    <h4>${fill(words.proposals, { count: call.proposals.length })}</h4>
    ${
      call.proposals.length === 0
        ? html`<p class="meta" part="no-proposals">${words.noProposals}</p>`
        : html`<ul part="proposals">
            ${call.proposals.map((proposal) => renderProposal(view, proposal, closed))}
          </ul>`
    }
  </div>`;
}
