import { html, nothing, type PropertyValues } from 'lit';
import type { Need } from '@wushe/schema';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
  renderEmptyState,
  renderLoadState,
} from '@wushe/elements/foundation.js';
import type { NeedReviewAction } from '../../events/wushe-need-reviewed.js';
import { fieldValue } from '../../internal/field-value.js';
import { isForbidden, isSignedOut, StaffElement } from '../../internal/staff-element.js';
import { renderForbiddenState, renderSignedOutState } from '../../internal/staff-states.js';
import { loadQueue, reviewNeed } from './api.js';
import { reviewQueueStyles } from './review-queue.styles.js';
import { zhCN, type ReviewQueueStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<ReviewQueueStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/**
 * @tagname wushe-review-queue
 * @summary The needs awaiting review (待审核需求) in a division: approve, or reject with a reason.
 *
 * Lists the needs residents posted in `division` (a community, a street, or the whole district)
 * that wait for staff review, the longest waiting first. Approving publishes a need on the
 * public needs list; rejecting asks for the reason the resident will see, in the queue itself
 * (no pop-up). The server checks that the person may review the need's community: a need
 * outside the person's scope is refused (the forbidden state). Takes the console's session, or a
 * delegated one in `token`.
 *
 * @event wushe-need-reviewed - A need was approved or rejected; `detail` has `needId`, `action`, `status` and `hidden`.
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart count - How many needs are waiting.
 * @csspart list - The list of needs.
 * @csspart item - One need awaiting review.
 * @csspart item-title - A need's title.
 * @csspart approve - The button that approves a need.
 * @csspart reject - The button that starts rejecting a need.
 * @csspart reason - The reason field of a rejection.
 * @csspart confirm-reject - The button that rejects with the reason.
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
export class WusheReviewQueue extends StaffElement {
  static override styles = reviewQueueStyles;

  static override properties = {
    ...StaffElement.properties,
    division: { type: String, reflect: true },
    rejecting: { state: true },
    busy: { state: true },
    failures: { state: true },
    announcement: { state: true },
  };

  /** The division to review: a community (12 digits), a street (9) or the district (6). */
  declare division: string | undefined;
  /** The need whose rejection reason is being written. */
  declare private rejecting: string | undefined;
  /** The need a decision is being sent for. */
  declare private busy: string | undefined;
  declare private failures: ReadonlyMap<string, WusheError>;
  declare private announcement: string;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly queue = new RemoteController<Need[], readonly unknown[]>(this, {
    task: ([division], { signal }) => loadQueue(this.requester, division as string, signal),
    args: () => (this.division ? [this.division, ...this.configArgs()] : undefined),
  });
  /** Where the focus goes after the next render: a selector in the shadow root. */
  private focusNext: string | undefined;

  constructor() {
    super();
    this.failures = new Map();
    this.announcement = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  private async decide(need: Need, action: NeedReviewAction, reason?: string) {
    if (this.busy) return;
    this.busy = need.id;
    const failures = new Map(this.failures);
    failures.delete(need.id);
    this.failures = failures;
    try {
      const reviewed = await reviewNeed(
        this.requester,
        need.id,
        action === 'approve' ? { status: 'open' } : { status: 'rejected', reason: reason ?? '' },
      );
      const words = this.words.value;
      const list = this.queue.value ?? [];
      const index = list.findIndex((item) => item.id === need.id);
      this.queue.value = list.filter((item) => item.id !== need.id);
      this.rejecting = undefined;
      this.announcement = fill(action === 'approve' ? words.approved : words.rejected, {
        title: need.title,
      });
      const next = this.queue.value[Math.min(index, this.queue.value.length - 1)];
      this.focusNext = next ? `[data-id="${next.id}"] h3` : 'h2';
      this.emit('wushe-need-reviewed', {
        needId: need.id,
        action,
        status: reviewed.status,
        hidden: reviewed.hidden,
      });
    } catch (error) {
      const failed = new Map(this.failures);
      failed.set(need.id, error as WusheError);
      this.failures = failed;
      this.report(error as WusheError);
    } finally {
      this.busy = undefined;
    }
  }

  private startRejecting(need: Need) {
    this.rejecting = need.id;
    this.focusNext = `#reason-${need.id}`;
  }

  private cancelRejecting(need: Need) {
    this.rejecting = undefined;
    this.focusNext = `[data-id="${need.id}"] [part="reject"]`;
  }

  private submitRejection(event: SubmitEvent, need: Need) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.reportValidity()) return;
    const reason = fieldValue(form, 'reason').trim();
    void this.decide(need, 'reject', reason);
  }

  private failureText(error: WusheError): string {
    const words = this.words.value;
    if (isForbidden(error)) return words.forbidden;
    if (isSignedOut(error)) return words.signedOut;
    return fill(words.actionFailed, {
      message: error.status === 0 ? this.strings.offline : error.message,
    });
  }

  private renderNeed(need: Need) {
    const words = this.words.value;
    const busy = this.busy === need.id;
    const failure = this.failures.get(need.id);
    const posted = new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(need.createdAt));
    return html`<li>
      <article part="item" data-id=${need.id} aria-labelledby="title-${need.id}">
        <h3 id="title-${need.id}" part="item-title" tabindex="-1">${need.title}</h3>
        <p>${need.description}</p>
        <p class="meta">${words.posted} ${posted} · ${need.requesterName ?? words.anonymous}</p>
        ${
          this.rejecting === need.id
            ? html`<form
                class="reject-form"
                @submit=${(e: SubmitEvent) => {
                  this.submitRejection(e, need);
                }}
              >
                <div class="field">
                  <label for="reason-${need.id}">${words.reason}</label>
                  <textarea
                    id="reason-${need.id}"
                    name="reason"
                    part="reason"
                    required
                    maxlength="200"
                    rows="2"
                    aria-describedby="hint-${need.id}"
                  ></textarea>
                  <p class="meta" id="hint-${need.id}">${words.reasonHint}</p>
                </div>
                <div class="actions">
                  <button type="submit" part="confirm-reject" ?disabled=${busy}>
                    ${words.confirmReject}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    @click=${() => {
                      this.cancelRejecting(need);
                    }}
                  >
                    ${words.cancel}
                  </button>
                </div>
              </form>`
            : html`<div class="actions">
                <button
                  type="button"
                  part="approve"
                  ?disabled=${busy}
                  @click=${() => void this.decide(need, 'approve')}
                >
                  ${words.approve}
                </button>
                <button
                  type="button"
                  part="reject"
                  class="secondary"
                  ?disabled=${busy}
                  @click=${() => {
                    this.startRejecting(need);
                  }}
                >
                  ${words.reject}
                </button>
              </div>`
        }
        ${
          failure
            ? html`<p class="error" part="action-error" role="alert">
                ${this.failureText(failure)}
              </p>`
            : nothing
        }
      </article>
    </li>`;
  }

  private renderBody() {
    const words = this.words.value;
    const { status, error, value } = this.queue;
    if (status === 'error' && isForbidden(error)) return renderForbiddenState(words.forbidden);
    if (status === 'error' && isSignedOut(error)) return renderSignedOutState(words.signedOut);
    if (status !== 'ready' || !value) return renderLoadState(this.queue, this.strings);
    if (value.length === 0) return renderEmptyState({ ...this.strings, empty: words.empty });
    return html`<p class="count" part="count">${fill(words.count, { count: value.length })}</p>
      <ul part="list">
        ${value.map((need) => this.renderNeed(need))}
      </ul>`;
  }

  override render() {
    const words = this.words.value;
    return html`<section class="base" part="base" aria-labelledby="queue-title">
      <h2 id="queue-title" part="title" tabindex="-1">${words.title}</h2>
      ${this.renderBody()}
      <p class="visually-hidden" part="announcer" role="status">${this.announcement}</p>
    </section>`;
  }
}
