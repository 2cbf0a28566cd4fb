import { html, nothing } from 'lit';
import { CRITERION_MIN_SCORE, type Criterion, type Proposal } from '@wushe/schema';
import {
  fill,
  formatFen,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { renderStaffList } from '../../internal/staff-states.js';
import { loadCallsToScore, scoreProposal, type CallToScore } from './api.js';
import { proposalScoringStyles } from './proposal-scoring.styles.js';
import { zhCN, type ProposalScoringStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<ProposalScoringStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The id of a proposal's field for a criterion. */
const fieldId = (proposal: Proposal, criterion: Criterion) =>
  `score-${proposal.id}-${criterion.id}`;

/**
 * @tagname wushe-proposal-scoring
 * @summary 创投评审: the proposals of the calls a reviewer is assigned to, scored on every criterion of the call's rubric.
 *
 * Lists, by call, the proposals the signed-in reviewer has not scored yet (the staff work list
 * `proposals_to_score`, which the server narrows to the calls the person reviews), each with its
 * organization, budget and summary, and a score field for every criterion of the call's rubric
 * showing its weight and its range (from `CRITERION_MIN_SCORE` to the criterion's `maxScore`).
 * Submitting sends the scores (`POST /v1/calls/{id}/scores`); the server checks the range and
 * a score it refuses is shown at its field, with what was typed kept. Once scored, the proposal
 * leaves the list. Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-proposal-scored - A proposal was scored; `detail` has `callId`, `proposalId`, `scores` and `normalized`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many proposals wait for the reviewer's scores.
 * @csspart call - One call's proposals.
 * @csspart call-title - A call's title.
 * @csspart list - A call's proposals.
 * @csspart item - One proposal to score.
 * @csspart item-title - A proposal's title.
 * @csspart score - A criterion's score field.
 * @csspart field-error - The server's refusal at a score.
 * @csspart submit - The button that submits a proposal's scores.
 * @csspart action-error - Why the scores were not taken (not a field's).
 * @csspart announcer - The live region that announces each scoring.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the proposals could not be loaded.
 * @csspart state-forbidden - The person may not score proposals (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - Nothing waits for the reviewer's scores.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the proposals again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - Errors.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheProposalScoring extends StaffWorkList {
  static override styles = proposalScoringStyles;

  /** The proposal whose scores were sent last: the form's issues are its own. */
  private sent: string | undefined;
  private readonly form = new EditorForm(this);
  private readonly words = new LocaleController(this, ownStrings);
  private readonly calls = new RemoteController<CallToScore[], readonly unknown[]>(this, {
    task: (_args, { signal }) => loadCallsToScore(this.requester, signal),
    args: () => [...this.configArgs()],
  });

  private async submit(event: SubmitEvent, entry: CallToScore, proposal: Proposal) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity() || this.busy) return;
    const scores = Object.fromEntries(
      entry.call.rubric.map((criterion) => [criterion.id, Number(fieldValue(form, criterion.id))]),
    );
    this.sent = proposal.id;
    this.busy = proposal.id;
    const scored = await this.form.submit(() =>
      scoreProposal(this.requester, entry.call.id, { proposalId: proposal.id, scores }),
    );
    this.busy = undefined;
    if (!scored) {
      this.setFailure(proposal.id, this.form.failure);
      if (this.form.failure) this.report(this.form.failure);
      else this.focusNext = `[data-id="${proposal.id}"] [aria-invalid="true"]`;
      return;
    }
    const all = this.calls.value ?? [];
    const remaining = all
      .map((each) => ({
        ...each,
        proposals: each.proposals.filter((one) => one.id !== proposal.id),
      }))
      .filter((each) => each.proposals.length > 0);
    this.calls.value = remaining;
    this.sent = undefined;
    this.announcement = fill(this.words.value.scored, { title: proposal.title });
    const next = remaining.flatMap((each) => each.proposals)[0];
    this.focusNext = next ? `[data-id="${next.id}"] h4` : 'h2';
    this.emit('wushe-proposal-scored', {
      callId: entry.call.id,
      proposalId: proposal.id,
      scores: scored.scores,
      normalized: scored.normalized,
    });
  }

  private renderCriterion(proposal: Proposal, criterion: Criterion) {
    const words = this.words.value;
    const id = fieldId(proposal, criterion);
    const path = `scores.${criterion.id}`;
    const own = this.sent === proposal.id;
    return html`<div class="field">
      <label for=${id}>${fill(words.criterion, criterion)}</label>
      <input
        id=${id}
        name=${criterion.id}
        part="score"
        type="number"
        inputmode="decimal"
        step="any"
        required
        aria-invalid=${own ? this.form.invalid(path) : 'false'}
        aria-describedby="${id}-range ${own ? this.form.describedBy(path) : ''}"
      />
      <p class="meta" id="${id}-range">
        ${fill(words.range, { min: CRITERION_MIN_SCORE, max: criterion.maxScore })}
      </p>
      ${own ? this.form.renderIssues(path) : nothing}
    </div>`;
  }

  private renderProposal(entry: CallToScore, proposal: Proposal) {
    const words = this.words.value;
    return html`<li>
      <article part="item" data-id=${proposal.id} aria-labelledby="title-${proposal.id}">
        <h4 id="title-${proposal.id}" part="item-title" tabindex="-1">${proposal.title}</h4>
        <p class="meta">
          ${fill(words.proposalMeta, {
            organization: proposal.organizationName,
            budget: formatFen(this.strings.locale, proposal.budgetFen),
          })}
        </p>
        <p>${proposal.summary}</p>
        <form
          class="inline-form scores"
          aria-labelledby="title-${proposal.id}"
          @submit=${(e: SubmitEvent) => void this.submit(e, entry, proposal)}
        >
          ${entry.call.rubric.map((criterion) => this.renderCriterion(proposal, criterion))}
          <div class="actions">
            <button type="submit" part="submit" ?disabled=${this.busy === proposal.id}>
              ${words.submit}
            </button>
          </div>
        </form>
        ${this.renderFailure(proposal.id, words)}
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    return renderStaffList(
      this.calls,
      this.strings,
      words,
      (value) => value.flatMap((entry) => entry.proposals),
      (proposals, value) =>
        html`<p class="count" part="count">${fill(words.count, { count: proposals.length })}</p>
          ${value.map(
            (entry) =>
              html`<section part="call" aria-labelledby="call-${entry.call.id}">
                <h3 id="call-${entry.call.id}" part="call-title">${entry.call.title}</h3>
                <ul part="list">
                  ${entry.proposals.map((proposal) => this.renderProposal(entry, proposal))}
                </ul>
              </section>`,
          )}`,
    );
  }

  override render() {
    return this.renderFrame('proposal-scoring-title', this.words.value.title, this.renderBody());
  }
}
