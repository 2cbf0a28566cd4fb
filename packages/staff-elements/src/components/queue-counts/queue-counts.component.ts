import { html } from 'lit';
import { QueueKind, valuesOf, type QueueCounts } from '@wushe/schema';
import {
  fill,
  LocaleController,
  LocaleStrings,
  RemoteController,
  renderLoadState,
} from '@wushe/elements/foundation.js';
import { isForbidden, isSignedOut, StaffElement } from '../../internal/staff-element.js';
import { loadQueue } from '../../internal/staff-queue.js';
import { renderForbiddenState, renderSignedOutState } from '../../internal/staff-states.js';
import { queueCountsStyles } from './queue-counts.styles.js';
import { zhCN, type QueueCountsStrings } from './strings/zh-CN.js';

const ownStrings = new LocaleStrings<QueueCountsStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/**
 * @tagname wushe-queue-counts
 * @summary How much waits in each of the person's work lists (我的待办), each a link to its screen.
 *
 * Reads the counts `GET /v1/staff/queue` returns with every page (within the person's scopes:
 * the whole of them, not only the division being worked on) and shows each list the person's
 * roles work, or every list when `links` is not given. `links` maps a list (`needs_review`,
 * `needs_reported`, `donations_pending`, `follow_ups`, `proposals_to_score`) to the address of
 * its screen: those lists are shown, each as a link. Takes the console's session, or a delegated
 * one in `token`.
 *
 * @event wushe-error - A request failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart list - The lists.
 * @csspart item - One work list with its count.
 * @csspart count - A list's count.
 * @csspart link - The link to a list's screen.
 * @csspart state - The load-state panel: loading, offline, an error, forbidden or signed out.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the counts could not be loaded.
 * @csspart state-forbidden - The person may not see work lists (403).
 * @csspart state-signed-out - The session has ended (401).
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the counts again.
 *
 * @cssproperty --wushe-color-primary - Links.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheQueueCounts extends StaffElement {
  static override styles = queueCountsStyles;

  static override properties = {
    ...StaffElement.properties,
    links: { attribute: false },
  };

  /** The address of each list's screen; the lists shown. Left out: every list, no links. */
  declare links: Partial<Record<QueueKind, string>> | undefined;

  private readonly words = new LocaleController(this, ownStrings);
  private readonly counts = new RemoteController<QueueCounts, readonly unknown[]>(this, {
    task: async (_args, { signal }) =>
      (await loadQueue(this.requester, 'needs_review', undefined, signal)).counts,
    args: () => this.configArgs(),
  });

  private renderBody() {
    const words = this.words.value;
    const { status, error, value } = this.counts;
    if (status === 'error' && isForbidden(error)) return renderForbiddenState(words.forbidden);
    if (status === 'error' && isSignedOut(error)) return renderSignedOutState(words.signedOut);
    if (status !== 'ready' || !value) return renderLoadState(this.counts, this.strings);
    const kinds = this.links
      ? valuesOf(QueueKind).filter((kind) => this.links?.[kind] !== undefined)
      : valuesOf(QueueKind);
    return html`<ul part="list">
      ${kinds.map((kind) => {
        const href = this.links?.[kind];
        const name = words.lists[kind];
        return html`<li part="item" data-kind=${kind}>
          ${href ? html`<a part="link" href=${href}>${name}</a>` : html`<span>${name}</span>`}
          <span class="count" part="count">${fill(words.waiting, { count: value[kind] })}</span>
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    return html`<section class="base" part="base" aria-labelledby="counts-title">
      <h2 id="counts-title" part="title" tabindex="-1">${this.words.value.title}</h2>
      ${this.renderBody()}
    </section>`;
  }
}
