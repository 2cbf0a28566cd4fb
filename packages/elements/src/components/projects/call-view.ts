import { html, nothing, type TemplateResult } from 'lit';
import type { CallDetail, Proposal } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { Formats } from './format.js';
import type { ProjectsStrings } from './strings/zh-CN.js';
import type { Ballot } from './vote.js';

/** What the calls' templates read and call. */
export interface CallView {
  readonly text: ProjectsStrings;
  readonly formats: Formats;
  ballot(callId: string): Ballot;
  vote(callId: string, proposalId: string): void;
}

/** Where the household's vote stands, said politely (or as an alert when it was refused). */
function renderBallot(view: CallView, call: CallDetail, ballot: Ballot): TemplateResult {
  const { text } = view;
  const title = (id: string) => call.proposals.find((each) => each.id === id)?.title ?? '';
  switch (ballot.kind) {
    case 'voted':
      return html`<p part="vote-status" class="note" role="status">
        ${fill(text.voted, { title: title(ballot.proposalId) })}
      </p>`;
    case 'before':
      return ballot.refusal
        ? html`<p part="vote-refused" class="error" role="alert">
            ${ballot.refusal} ${text.votedBefore}
          </p>`
        : html`<p part="vote-status" class="note" role="status">${text.votedBefore}</p>`;
    case 'failed':
      return html`<p part="vote-error" class="error" role="alert">${ballot.error.message}</p>`;
    default:
      return html`<p class="note" id=${`rule-${call.id}`}>${text.voteRule}</p>`;
  }
}

/** One proposal: who proposes what for how much; its vote button while open, its result once closed. */
function renderProposal(
  view: CallView,
  call: CallDetail,
  proposal: Proposal,
  ballot: Ballot,
): TemplateResult {
  const { text, formats } = view;
  const { result } = proposal;
  const canVote = call.status === 'open' && (ballot.kind === 'open' || ballot.kind === 'failed');
  const sending = ballot.kind === 'sending' && ballot.proposalId === proposal.id;
  return html`<li part="proposal" class="card" data-id=${proposal.id}>
    <h4>${proposal.title}</h4>
    <p class="description">${proposal.summary}</p>
    <p class="note">
      ${text.proposedBy}：${proposal.organizationName} · ${text.budget}
      ${formats.money(proposal.budgetFen)}
    </p>
    ${
      result
        ? html`<p part="result" class="result">
            <strong>${fill(text.rank, { rank: result.rank })}</strong>
            ${fill(text.votes, { votes: result.votes, share: formats.percent(result.voteShare) })} ·
            ${fill(text.reviewerScore, { score: formats.score(result.reviewerScore * 100) })} ·
            ${fill(text.blendedScore, { score: formats.score(result.blendedScore * 100) })}
            ${proposal.projectId ? html`· <span class="badge">${text.funded}</span>` : nothing}
          </p>`
        : nothing
    }
    ${
      canVote || sending
        ? html`<button
            part="vote-button"
            aria-label=${fill(text.voteFor, { title: proposal.title })}
            aria-describedby=${`rule-${call.id}`}
            aria-disabled=${sending ? 'true' : 'false'}
            @click=${() => {
              view.vote(call.id, proposal.id);
            }}
          >
            ${sending ? text.voting : text.vote}
          </button>`
        : nothing
    }
  </li>`;
}

/** A call: its budget and deadline, the household's ballot, and its proposals. */
export function renderCall(view: CallView, call: CallDetail): TemplateResult {
  const { text, formats } = view;
  const ballot = view.ballot(call.id);
  const open = call.status === 'open';
  return html`<section part="call" class="call" aria-labelledby=${`call-${call.id}`}>
    <h3 id=${`call-${call.id}`}>
      ${fill(open ? text.openCall : text.closedCall, { title: call.title })}
    </h3>
    <p class="note">
      ${fill(text.callBudget, { amount: formats.money(call.budgetFen) })}
      ${open ? html`· ${fill(text.callCloses, { date: formats.date(call.proposalsCloseAt) })}` : nothing}
    </p>
    ${open ? renderBallot(view, call, ballot) : nothing}
    <ol part="proposals" class="cards">
      ${call.proposals.map((proposal) => renderProposal(view, call, proposal, ballot))}
    </ol>
  </section>`;
}
