import { html } from 'lit';
import type { Disbursement, Proposal } from '@wushe/schema';
import { yuanToFen } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  domainStrings,
  fill,
  formatFen,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { EditorForm } from '../../internal/editor-form.js';
import { fieldValue } from '../../internal/field-value.js';
import { withEntry } from '../../internal/with-entry.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { renderStaffList } from '../../internal/staff-states.js';
import {
  approveProposal,
  closeCall,
  disburse,
  loadCallPage,
  loadCalls,
  openCall,
  type CallPage,
  type CallsView,
} from './api.js';
import { renderCallList, openingDivisions } from './call-list.js';
import { renderCallPage, withProject, type DisbursementRefusal } from './call-page.js';
import { callDeskStyles } from './call-desk.styles.js';
import { readOpenCallForm, renderOpenCallForm, type CriterionRow } from './open-call-form.js';
import { zhCN, type CallDeskStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<CallDeskStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The rubric rows a new call's form starts with: the desk's example rubric. */
const presetRows = (words: CallDeskStrings): CriterionRow[] =>
  words.defaultRubric.map((preset, index) => ({ key: index + 1, preset }));

const REFUSALS: readonly string[] = ['insufficient_fund_balance', 'project_quiet'];

/**
 * @tagname wushe-call-desk
 * @summary 创投征集: a street's or the district's calls for proposals, opened, closed and ranked, their winners approved and funded.
 *
 * Lists the calls (公益创投 / 微创投征集) of `division`'s street, or of the whole district, open and
 * closed (`GET /v1/calls`). Opening a call takes its title, kind, the division opening it, the
 * budget in yuan (sent in fen), the closing date (the end of that day, Beijing time), the need
 * categories it funds, a weighted rubric (criteria added and removed: name, weight, maximum
 * score) and the blend of reviewers and residents' vote, the contract's default first
 * (`POST /v1/calls`); the server's refusals are shown at their fields, what was typed kept.
 * A call's page lists its proposals (organization, budget, the needs they answer) and its id, for
 * the administrator who grants reviewers on it. While it is open the vote counts stay hidden (the
 * server hides them); closing, after an in-place confirmation, shows the ranking the server
 * computed (`POST /v1/calls/{id}/close`). A ranked proposal is approved as a project, with the fund
 * it is paid from (`POST /v1/calls/{id}/approvals`), and the project paid from a fund
 * (`POST /v1/funds/{id}/disbursements`): a fund short of money or a quiet project is said in
 * words. The server decides who may do what. Takes the console's session, or one in `token`.
 *
 * @event wushe-call-updated - A call was opened, closed, a proposal approved or a project paid; `detail` has `callId`, `action` and, as they apply, `proposalId`, `projectId`, `disbursementId`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many calls there are, and how many are open.
 * @csspart create - The button that opens the new call's form.
 * @csspart open-form - The new call's form.
 * @csspart categories - The need categories a call funds.
 * @csspart rubric - The rubric's criteria.
 * @csspart criterion - One criterion of the rubric.
 * @csspart add-criterion - The button that adds a criterion.
 * @csspart remove-criterion - The button that removes a criterion.
 * @csspart blend - The blend of reviewers and votes.
 * @csspart open-call - The button that opens the call.
 * @csspart field-error - The server's refusal at a field.
 * @csspart list - The list of calls.
 * @csspart item - One call in the list, or one proposal on a call's page.
 * @csspart item-title - A call's or a proposal's title.
 * @csspart status - A call's status badge.
 * @csspart view - The button that shows a call's page.
 * @csspart call-page - A call's page.
 * @csspart back - The button back to the list.
 * @csspart call-title - The call's title on its page.
 * @csspart call-id - The call's id.
 * @csspart call-dates - The call's opening and closing dates on its page.
 * @csspart reviewers-note - Where reviewers are granted on the call.
 * @csspart votes-hidden - Said while the call is open: the counts are hidden.
 * @csspart close - The button that asks to close the call.
 * @csspart close-confirm - The in-place confirmation of closing.
 * @csspart confirm-close - The button that closes the call.
 * @csspart proposals - The call's proposals.
 * @csspart no-proposals - Said when the call has no proposal.
 * @csspart needs - The needs a proposal answers.
 * @csspart result - A proposal's place in the ranking, once closed.
 * @csspart rank - A proposal's rank.
 * @csspart votes - A proposal's votes and their share.
 * @csspart blended - A proposal's blended score.
 * @csspart approve - The button that approves a proposal as a project.
 * @csspart project - The project a proposal became.
 * @csspart disburse-form - A project's payment form.
 * @csspart amount - The amount paid, in yuan.
 * @csspart purpose - What the payment is for.
 * @csspart disburse - The button that pays the project.
 * @csspart refusal - Why a payment was refused, in words.
 * @csspart paid - A payment recorded.
 * @csspart action-error - Why an action did not go through (not a field's).
 * @csspart announcer - The live region that announces each action.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the calls could not be loaded.
 * @csspart state-forbidden - The person may not run calls here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - No call here yet.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-color-danger - Errors.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheCallDesk extends StaffWorkList {
  static override styles = callDeskStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    shown: { state: true },
    rows: { state: true },
    confirming: { state: true },
  };

  /** The division worked in: a community or street (its street's calls) or the district (all). */
  declare division: string | undefined;
  /** What shows: the list, the new call's form, or a call's page (its id). */
  declare private shown: 'list' | 'new' | { readonly call: string };
  declare private rows: readonly CriterionRow[];
  declare private confirming: boolean;

  private nextRow = 1;
  /** The proposal whose form was sent last: the form's issues are its own. */
  private sentFor: string | undefined;
  private paid: ReadonlyMap<string, readonly Disbursement[]> = new Map();
  private projectFunds: ReadonlyMap<string, string> = new Map();
  private refusals: ReadonlyMap<string, DisbursementRefusal> = new Map();
  private readonly form = new EditorForm(this);
  private readonly words = new LocaleController(this, ownStrings);
  private readonly domain = new LocaleController(this, domainStrings);
  private readonly calls = new RemoteController<CallsView, readonly unknown[]>(this, {
    task: ([division], { signal }) => loadCalls(this.requester, division as string, signal),
    args: () => (this.division ? [this.division, ...this.configArgs()] : undefined),
  });
  private readonly page = new RemoteController<CallPage, readonly unknown[]>(this, {
    task: ([id], { signal }) => loadCallPage(this.requester, id as string, signal),
    args: () =>
      typeof this.shown === 'object' ? [this.shown.call, ...this.configArgs()] : undefined,
  });

  constructor() {
    super();
    this.shown = 'list';
    this.rows = [];
    this.confirming = false;
  }

  /** Moves the focus to `selector` once the widget has rendered again. */
  private moveFocus(selector: string) {
    this.focusNext = selector;
    this.requestUpdate();
  }

  private startNew() {
    this.form.reset();
    this.rows = presetRows(this.words.value);
    this.nextRow = this.rows.length;
    this.shown = 'new';
    this.focusNext = '#open-form-title';
  }

  private showCall(id: string) {
    this.form.reset();
    this.confirming = false;
    this.sentFor = undefined;
    this.shown = { call: id };
    if (this.page.value?.call.id === id) void this.page.run([id, ...this.configArgs()]);
    this.focusNext = '[part="back"]';
  }

  private showList(focus = 'h2') {
    this.form.reset();
    this.shown = 'list';
    this.focusNext = focus;
    void this.calls.run();
  }

  private async submitOpen(event: SubmitEvent) {
    event.preventDefault();
    const body = readOpenCallForm(event.currentTarget as HTMLFormElement, this.rows);
    const call = await this.form.submit(() => openCall(this.requester, body));
    if (!call) {
      if (this.form.failure) {
        this.setFailure('new', this.form.failure);
        this.report(this.form.failure);
      } else this.moveFocus('.open-form [aria-invalid="true"]');
      return;
    }
    this.setFailure('new', undefined);
    this.announcement = fill(this.words.value.opened, { title: call.title });
    this.emit('wushe-call-updated', { callId: call.id, action: 'opened' });
    this.showCall(call.id);
  }

  /** Sends an action of the call's page for `key` (the call, or a proposal). */
  private async act<T>(key: string, send: () => Promise<T>): Promise<T | undefined> {
    this.sentFor = key;
    this.busy = key;
    this.setFailure(key, undefined);
    this.refusals = withEntry(this.refusals, key, undefined);
    const done = await this.form.submit(() =>
      send().catch((error: unknown) => {
        const code = (error as WusheError).code;
        if (REFUSALS.includes(code)) {
          this.refusals = withEntry(this.refusals, key, code as DisbursementRefusal);
        }
        throw error;
      }),
    );
    this.busy = undefined;
    if (done === undefined && this.form.failure && !this.refusals.has(key)) {
      this.setFailure(key, this.form.failure);
      this.report(this.form.failure);
    }
    return done;
  }

  private async confirmClose(page: CallPage) {
    const closed = await this.act(page.call.id, () => closeCall(this.requester, page.call.id));
    if (!closed) return;
    this.confirming = false;
    this.page.value = { ...page, call: closed };
    this.announcement = fill(this.words.value.closed, { title: closed.title });
    const first = closed.proposals[0];
    this.focusNext = first ? `[data-id="${first.id}"] h4` : '#call-title';
    this.emit('wushe-call-updated', { callId: closed.id, action: 'closed' });
  }

  private async submitApprove(event: SubmitEvent, page: CallPage, proposal: Proposal) {
    event.preventDefault();
    const fundId = fieldValue(event.currentTarget as HTMLFormElement, 'fundId');
    const project = await this.act(proposal.id, () =>
      approveProposal(this.requester, page.call.id, {
        proposalId: proposal.id,
        ...(fundId ? { fundId } : {}),
      }),
    );
    if (!project) return;
    if (project.fundId)
      this.projectFunds = withEntry(this.projectFunds, project.id, project.fundId);
    this.page.value = withProject(this.page.value ?? page, proposal.id, project.id);
    this.announcement = fill(this.words.value.approved, { title: proposal.title });
    this.focusNext = `#amountFen-${proposal.id}`;
    this.emit('wushe-call-updated', {
      callId: page.call.id,
      action: 'approved',
      proposalId: proposal.id,
      projectId: project.id,
    });
  }

  private async submitDisburse(event: SubmitEvent, page: CallPage, proposal: Proposal) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const projectId = proposal.projectId ?? '';
    const paid = await this.act(proposal.id, () =>
      disburse(this.requester, fieldValue(form, 'fundId'), {
        amountFen: yuanToFen(fieldValue(form, 'amountFen')) ?? Number.NaN,
        purpose: fieldValue(form, 'purpose').trim(),
        recipient: proposal.organizationName,
        projectId,
      }),
    );
    if (!paid) {
      this.moveFocus(`#amountFen-${proposal.id}`);
      return;
    }
    this.paid = withEntry(this.paid, proposal.id, [...(this.paid.get(proposal.id) ?? []), paid]);
    form.reset();
    this.announcement = fill(this.words.value.disbursed, {
      amount: formatFen(this.locale, paid.amountFen),
      title: proposal.title,
    });
    this.emit('wushe-call-updated', {
      callId: page.call.id,
      action: 'funded',
      proposalId: proposal.id,
      projectId,
      disbursementId: paid.id,
    });
  }

  private renderList(view: CallsView) {
    const words = this.words.value;
    const open = view.calls.filter((call) => call.status === 'open').length;
    return html`<p class="count" part="count">
        ${fill(words.count, { count: view.calls.length, open })}
      </p>
      ${
        this.shown === 'new'
          ? html`${renderOpenCallForm({
              words,
              categoryNames: this.domain.value.categories,
              form: this.form,
              divisions: openingDivisions(view.tree, this.division ?? '', words.wholeDistrict),
              rows: this.rows,
              busy: this.form.busy,
              onAdd: () => {
                this.rows = [...this.rows, { key: ++this.nextRow }];
                this.focusNext = `#rubric-${this.nextRow}-name`;
              },
              onRemove: (key) => {
                this.rows = this.rows.filter((row) => row.key !== key);
                this.focusNext = '[part="add-criterion"]';
              },
              onSubmit: (event) => void this.submitOpen(event),
              onCancel: () => {
                this.showList('[part="create"]');
              },
            })}
            ${this.renderFailure('new', words)}`
          : html`<div class="actions">
              <button
                type="button"
                part="create"
                @click=${() => {
                  this.startNew();
                }}
              >
                ${words.create}
              </button>
            </div>`
      }
      ${renderCallList({
        words,
        locale: this.locale,
        view,
        onView: (id) => {
          this.showCall(id);
        },
      })}`;
  }

  private renderPage() {
    const words = this.words.value;
    return renderStaffList(
      this.page,
      this.strings,
      words,
      (value) => [value.call],
      (_items, page) =>
        renderCallPage({
          words,
          locale: this.locale,
          page,
          form: this.form,
          sentFor: this.sentFor,
          busy: this.busy,
          confirming: this.confirming,
          paid: this.paid,
          projectFunds: this.projectFunds,
          refusals: this.refusals,
          renderFailure: (key) => this.renderFailure(key, words),
          onBack: () => {
            this.showList();
          },
          onClose: () => {
            this.confirming = true;
            this.focusNext = '[part="confirm-close"]';
          },
          onConfirmClose: () => void this.confirmClose(page),
          onCancelClose: () => {
            this.confirming = false;
            this.focusNext = '[part="close"]';
          },
          onApprove: (event, proposal) => void this.submitApprove(event, page, proposal),
          onDisburse: (event, proposal) => void this.submitDisburse(event, page, proposal),
        }),
    );
  }

  private renderBody() {
    if (typeof this.shown === 'object') return this.renderPage();
    const words = this.words.value;
    // The list is never empty in `renderStaffList`'s sense: its empty state sits below the form.
    return renderStaffList(
      this.calls,
      this.strings,
      words,
      () => [true],
      (_items, view) => this.renderList(view),
    );
  }

  override render() {
    return this.renderFrame('call-desk-title', this.words.value.title, this.renderBody());
  }
}
