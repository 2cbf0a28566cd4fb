import { html } from 'lit';
import { settleDonationRoute } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  formatFen,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { loadQueue, type QueueView } from '../../internal/staff-queue.js';
import { renderStaffList } from '../../internal/staff-states.js';
import { donationDeskStyles } from './donation-desk.styles.js';
import { zhCN, type DonationDeskStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<DonationDeskStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

type Pledge = QueueView<'donations_pending'>['items'][number];

/**
 * @tagname wushe-donation-desk
 * @summary The pending pledges (待确认捐赠) of the funds in scope: confirm with the bank reference, or mark failed.
 *
 * Lists the donations still pending (`GET /v1/staff/queue?kind=donations_pending`) of the funds
 * within the person's scopes and the `division` worked on, the oldest first, each with its fund,
 * amount and the reference the donor quoted with the transfer. "Money arrived" asks, in the list
 * itself, for the bank's reference of the transfer (required) and confirms: the fund's total and
 * donor count move exactly once, and open portal pages see it live. "Mark as not paid" settles it
 * as failed. The server checks each against the fund's division. Takes the console's session, or
 * a delegated one in `token`.
 *
 * @event wushe-donation-settled - A pledge was confirmed or marked failed; `detail` has `donationId`, `fundId`, `status`, `amountFen`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many pledges wait.
 * @csspart list - The list of pledges.
 * @csspart item - One pending pledge.
 * @csspart item-title - The fund the pledge is for.
 * @csspart amount - The pledged amount.
 * @csspart confirm - The button that starts confirming a pledge.
 * @csspart bank-reference - The bank reference field.
 * @csspart confirm-paid - The button that confirms with the reference.
 * @csspart mark-failed - The button that marks a pledge failed.
 * @csspart action-error - Why settling did not go through.
 * @csspart announcer - The live region that announces each settlement.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the list could not be loaded.
 * @csspart state-forbidden - The person may not confirm donations here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - Nothing is waiting.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the list again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheDonationDesk extends StaffWorkList {
  static override styles = donationDeskStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    confirming: { state: true },
  };

  /** The division worked on: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** The pledge whose bank reference is being typed. */
  declare private confirming: string | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly queue = new RemoteController<QueueView<'donations_pending'>, readonly unknown[]>(
    this,
    {
      task: ([division], { signal }) =>
        loadQueue(this.requester, 'donations_pending', division as string | undefined, signal),
      args: () => [this.division, ...this.configArgs()],
    },
  );

  private async settle(pledge: Pledge, providerReference: string | undefined) {
    if (this.busy) return;
    this.busy = pledge.id;
    this.setFailure(pledge.id, undefined);
    const succeeded = providerReference !== undefined;
    try {
      const settled = await this.requester.call(settleDonationRoute, {
        params: { id: pledge.id },
        body: succeeded ? { succeeded, providerReference } : { succeeded },
      });
      const view = this.queue.value!;
      const index = view.items.findIndex((each) => each.id === pledge.id);
      const items = view.items.filter((each) => each.id !== pledge.id);
      this.queue.value = { ...view, items };
      this.confirming = undefined;
      const words = this.words.value;
      this.announcement = fill(succeeded ? words.confirmed : words.failed, {
        fund: pledge.fundName,
        amount: formatFen(this.locale, pledge.amountFen),
      });
      const next = items[Math.min(index, items.length - 1)];
      this.focusNext = next ? `[data-id="${next.id}"] h3` : 'h2';
      this.emit('wushe-donation-settled', {
        donationId: settled.id,
        fundId: settled.fundId,
        status: settled.status,
        amountFen: settled.amountFen,
      });
    } catch (error) {
      this.setFailure(pledge.id, error as WusheError);
      this.report(error as WusheError);
    } finally {
      this.busy = undefined;
    }
  }

  private submitConfirmation(event: SubmitEvent, pledge: Pledge) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity()) return;
    void this.settle(pledge, fieldValue(form, 'reference').trim());
  }

  private renderActions(pledge: Pledge) {
    const words = this.words.value;
    const busy = this.busy === pledge.id;
    const failed = html`<button
      type="button"
      part="mark-failed"
      class="secondary"
      ?disabled=${busy}
      @click=${() => void this.settle(pledge, undefined)}
    >
      ${words.markFailed}
    </button>`;
    if (this.confirming !== pledge.id) {
      return html`<div class="actions">
        <button
          type="button"
          part="confirm"
          ?disabled=${busy}
          @click=${() => {
            this.confirming = pledge.id;
            this.focusNext = `#reference-${pledge.id}`;
          }}
        >
          ${words.confirm}
        </button>
        ${failed}
      </div>`;
    }
    return html`<form
      class="inline-form"
      @submit=${(e: SubmitEvent) => {
        this.submitConfirmation(e, pledge);
      }}
    >
      <div class="field">
        <label for="reference-${pledge.id}">${words.bankReference}</label>
        <input
          id="reference-${pledge.id}"
          name="reference"
          part="bank-reference"
          required
          maxlength="64"
          autocomplete="off"
          aria-describedby="reference-hint-${pledge.id}"
        />
        <p class="meta" id="reference-hint-${pledge.id}">${words.bankReferenceHint}</p>
      </div>
      ${this.renderFormActions(
        pledge.id,
        { part: 'confirm-paid', label: words.confirmPaid },
        {
          label: words.cancel,
          onCancel: () => {
            this.confirming = undefined;
            this.focusNext = `[data-id="${pledge.id}"] [part="confirm"]`;
          },
        },
      )}
    </form>`;
  }

  private renderPledge(pledge: Pledge) {
    const words = this.words.value;
    const pledged = new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(pledge.since));
    return html`<li>
      <article part="item" data-id=${pledge.id} aria-labelledby="fund-${pledge.id}">
        <h3 id="fund-${pledge.id}" part="item-title" tabindex="-1">${pledge.fundName}</h3>
        <p class="amount" part="amount">${formatFen(this.locale, pledge.amountFen)}</p>
        <p class="meta">
          ${words.donorReference} <span class="reference">${pledge.reference}</span> ·
          ${words.pledged} ${pledged}
        </p>
        ${this.renderActions(pledge)} ${this.renderFailure(pledge.id, words)}
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    return renderStaffList(
      this.queue,
      this.strings,
      words,
      (value) => value.items,
      (items) =>
        html`<p class="count" part="count">${fill(words.count, { count: items.length })}</p>
          <ul part="list">
            ${items.map((pledge) => this.renderPledge(pledge))}
          </ul>`,
    );
  }

  override render() {
    return this.renderFrame('desk-title', this.words.value.title, this.renderBody());
  }
}
