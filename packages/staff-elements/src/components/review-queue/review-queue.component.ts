import { html } from 'lit';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
} from '@wushe/elements/foundation.js';
import type { NeedReviewAction } from '../../events/wushe-need-reviewed.js';
import { fieldValue } from '../../internal/field-value.js';
import { StaffWorkList } from '../../internal/staff-work-list.js';
import { loadQueue, type QueueView } from '../../internal/staff-queue.js';
import { renderStaffList } from '../../internal/staff-states.js';
import { decisionOf, reviewNeed, type ReviewKind } from './api.js';
import { reviewQueueStyles } from './review-queue.styles.js';
import { zhCN, type ReviewQueueStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<ReviewQueueStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

type Item = QueueView<ReviewKind>['items'][number];

/**
 * @tagname wushe-review-queue
 * @summary The needs awaiting review (待审核需求), or the needs residents reported: decide each.
 *
 * Lists a staff work list (`GET /v1/staff/queue`), the longest waiting first, within the person's
 * scopes and the `division` being worked on. With `kind="needs_review"` (the default) a need is
 * approved (it appears on the public needs list) or rejected with a reason the resident will see,
 * written in the queue itself (no pop-up; the reason stays if sending fails). With
 * `kind="needs_reported"` a reported need is hidden from residents (or kept hidden) or made
 * public again; either settles its reports. The server checks each decision against the need's
 * community. Takes the console's session, or a delegated one in `token`.
 *
 * @event wushe-need-reviewed - A need was approved, rejected, hidden or restored; `detail` has `needId`, `action`, `status` and `hidden`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many needs are waiting.
 * @csspart list - The list of needs.
 * @csspart item - One need waiting for a decision.
 * @csspart item-title - A need's title.
 * @csspart reports - How often a need was reported, and whether it is hidden.
 * @csspart approve - The button that approves a need.
 * @csspart reject - The button that starts rejecting a need.
 * @csspart reason - The reason field of a rejection.
 * @csspart confirm-reject - The button that rejects with the reason.
 * @csspart hide - The button that hides a reported need (or keeps it hidden).
 * @csspart restore - The button that makes a reported need public again.
 * @csspart action-error - Why a decision did not go through.
 * @csspart announcer - The live region that announces each decision.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the queue could not be loaded.
 * @csspart state-forbidden - The person may not review needs here (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart state-empty - Nothing is waiting.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the queue again.
 *
 * @cssproperty --wushe-color-primary - Buttons.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheReviewQueue extends StaffWorkList {
  static override styles = reviewQueueStyles;

  static override properties = {
    ...StaffWorkList.properties,
    division: { type: String, reflect: true },
    kind: { type: String, reflect: true },
    rejecting: { state: true },
  };

  /** The division worked on: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** Which list: `needs_review` (posted needs) or `needs_reported` (reported by residents). */
  declare kind: ReviewKind;
  /** The need whose rejection reason is being written. */
  declare private rejecting: string | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly queue = new RemoteController<QueueView<ReviewKind>, readonly unknown[]>(this, {
    task: ([kind, division], { signal }) =>
      loadQueue(this.requester, kind as ReviewKind, division as string | undefined, signal),
    args: () => [this.kind, this.division, ...this.configArgs()],
  });

  constructor() {
    super();
    this.kind = 'needs_review';
  }

  private async decide(item: Item, action: NeedReviewAction, reason?: string) {
    if (this.busy) return;
    this.busy = item.id;
    this.setFailure(item.id, undefined);
    try {
      const reviewed = await reviewNeed(this.requester, item.id, decisionOf(action, reason));
      const view = this.queue.value!;
      const index = view.items.findIndex((each) => each.id === item.id);
      const items = view.items.filter((each) => each.id !== item.id);
      this.queue.value = { ...view, items };
      this.rejecting = undefined;
      const words = this.words.value;
      const said = { approve: words.approved, reject: words.rejected, hide: words.hidden };
      this.announcement = fill(action === 'restore' ? words.restored : said[action], {
        title: item.title,
      });
      const next = items[Math.min(index, items.length - 1)];
      this.focusNext = next ? `[data-id="${next.id}"] h3` : 'h2';
      this.emit('wushe-need-reviewed', {
        needId: item.id,
        action,
        status: reviewed.status,
        hidden: reviewed.hidden,
      });
    } catch (error) {
      this.setFailure(item.id, error as WusheError);
      this.report(error as WusheError);
    } finally {
      this.busy = undefined;
    }
  }

  private submitRejection(event: SubmitEvent, item: Item) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity()) return;
    void this.decide(item, 'reject', fieldValue(form, 'reason').trim());
  }

  private button(item: Item, action: NeedReviewAction, label: string, secondary = false) {
    return html`<button
      type="button"
      part=${action}
      class=${secondary ? 'secondary' : ''}
      ?disabled=${this.busy === item.id}
      @click=${() => {
        if (action !== 'reject') void this.decide(item, action);
        else {
          this.rejecting = item.id;
          this.focusNext = `#reason-${item.id}`;
        }
      }}
    >
      ${label}
    </button>`;
  }

  private renderRejectForm(item: Item) {
    const words = this.words.value;
    return html`<form
      class="inline-form"
      @submit=${(e: SubmitEvent) => {
        this.submitRejection(e, item);
      }}
    >
      <div class="field">
        <label for="reason-${item.id}">${words.reason}</label>
        <textarea
          id="reason-${item.id}"
          name="reason"
          part="reason"
          required
          maxlength="200"
          rows="2"
          aria-describedby="hint-${item.id}"
        ></textarea>
        <p class="meta" id="hint-${item.id}">${words.reasonHint}</p>
      </div>
      ${this.renderFormActions(
        item.id,
        { part: 'confirm-reject', label: words.confirmReject },
        {
          label: words.cancel,
          onCancel: () => {
            this.rejecting = undefined;
            this.focusNext = `[data-id="${item.id}"] [part="reject"]`;
          },
        },
      )}
    </form>`;
  }

  private renderActions(item: Item) {
    const words = this.words.value;
    if (item.kind === 'needs_reported') {
      return html`<div class="actions">
        ${this.button(item, 'hide', item.hidden ? words.keepHidden : words.hide)}
        ${this.button(item, 'restore', words.restore, true)}
      </div>`;
    }
    if (this.rejecting === item.id) return this.renderRejectForm(item);
    return html`<div class="actions">
      ${this.button(item, 'approve', words.approve)}
      ${this.button(item, 'reject', words.reject, true)}
    </div>`;
  }

  private renderItem(item: Item) {
    const words = this.words.value;
    const posted = new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(item.since));
    const about =
      item.kind === 'needs_reported'
        ? html`<p class="meta" part="reports">
            ${fill(words.reports, { count: item.reportCount })} ·
            ${item.hidden ? words.hiddenNow : words.visibleNow}
          </p>`
        : html`<p class="meta">${item.needKind === 'wish' ? words.wish : words.service}</p>`;
    return html`<li>
      <article part="item" data-id=${item.id} aria-labelledby="title-${item.id}">
        <h3 id="title-${item.id}" part="item-title" tabindex="-1">${item.title}</h3>
        ${about}
        <p class="meta">${words.posted} ${posted}</p>
        ${this.renderActions(item)} ${this.renderFailure(item.id, words)}
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    const reported = this.kind === 'needs_reported';
    return renderStaffList(
      this.queue,
      this.strings,
      { ...words, empty: reported ? words.reportedEmpty : words.empty },
      (value) => value.items,
      (items) =>
        html`<p class="count" part="count">
            ${fill(reported ? words.reportedCount : words.count, { count: items.length })}
          </p>
          <ul part="list">
            ${items.map((item) => this.renderItem(item))}
          </ul>`,
    );
  }

  override render() {
    const words = this.words.value;
    const title = this.kind === 'needs_reported' ? words.reportedTitle : words.title;
    return this.renderFrame('queue-title', title, this.renderBody());
  }
}
