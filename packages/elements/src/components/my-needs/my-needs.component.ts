import { html, nothing, type TemplateResult } from 'lit';
import type { MyNeed } from '@wushe/schema';
import { fetchedChunk } from '../../internal/fetched-chunk.js';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { ResidentListElement } from '../../internal/resident-list-element.js';
import { formatFen } from '../../internal/format-fen.js';
import { formatsFor, type Formats } from '../my-volunteering/format.js';
import { myNeedsStyles } from './my-needs.styles.js';
import { claimLine, renderTimeline } from './timeline.js';
import { zhCN, type MyNeedsStrings } from './strings/zh-CN.js';
import type {} from '../../events/wushe-error.js';
import type {} from '../../events/wushe-need-submitted.js';

const ownStrings = new LocaleStrings<MyNeedsStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** The widget's read, fetched as it connects. */
const api = fetchedChunk(() => import('./api.js'), 'my needs');

/**
 * @tagname wushe-my-needs
 * @summary A resident's own needs (我的需求): sign in by SMS code, then each need she posted with
 * its status and its timeline through review, claim and fulfilment.
 *
 * The server lists the needs posted with the signed-in mobile as their contact (the sign-in is
 * the page's, shared with every resident widget). Each need shows its kind, status and who took
 * it (a volunteer, an organization or a donor, as the public list names them); a rejected or
 * closed need shows the reason staff gave. "查看进度" opens its timeline: every step reached with
 * its time, then the steps still ahead. The list is read again when a need is posted on the page
 * (`wushe-need-submitted`) and by its refresh button.
 *
 * @event wushe-resident-signed-in - A resident signed in here; `detail` is the `Resident`.
 * @event wushe-resident-signed-out - The resident signed out here; `detail.residentId`.
 * @event wushe-error - Loading failed; `detail` has `code`, `status`, `message`, `requestId`.
 *
 * @csspart base - The widget's root.
 * @csspart title - The heading.
 * @csspart sign-in - The sign-in form.
 * @csspart send-code - The button that sends a code.
 * @csspart code-input - The big-digit code field.
 * @csspart sign-in-submit - The sign-in button.
 * @csspart resend - The button that sends a new code.
 * @csspart change-mobile - The button back to the mobile.
 * @csspart field - Each sign-in field (label, control, hint, error).
 * @csspart field-error - A field's error message.
 * @csspart alert - Why signing in failed.
 * @csspart signed-in - Who is signed in, with the sign-out button.
 * @csspart sign-out - The sign-out button.
 * @csspart refresh - The button that reads the list again.
 * @csspart needs - The list of my needs.
 * @csspart need - One need.
 * @csspart kind - A need's kind (service need or 微心愿) and value.
 * @csspart badge - A need's status now.
 * @csspart claimant - Who took the need.
 * @csspart reason - Why the need was rejected or closed.
 * @csspart toggle - The button that shows or hides a need's timeline.
 * @csspart timeline - A need's timeline.
 * @csspart step - One step of a timeline (also `step-<status>` for a step reached).
 * @csspart step-ahead - A step of a timeline still to come (besides `step`).
 * @csspart state - The load-state panel: loading, offline, an error, or empty.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why loading failed.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads again.
 * @csspart state-empty - No needs posted with this mobile.
 *
 * @cssproperty --wushe-color-primary - Buttons and the steps reached.
 * @cssproperty --wushe-color-danger - A rejection.
 * @cssproperty --wushe-color-success - A fulfilled need.
 * @cssproperty --wushe-radius - Corner radius.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Base text size (16px; 20px in elder mode).
 */
export class WusheMyNeeds extends ResidentListElement<MyNeed> {
  static override styles = myNeedsStyles;
  protected static override reloadOn = ['wushe-need-submitted'];

  static override properties = {
    ...ResidentListElement.properties,
    opened: { state: true },
  };

  /** The needs whose timeline is shown. */
  declare protected opened: ReadonlySet<string>;

  private readonly text = new LocaleController(this, ownStrings);

  constructor() {
    super();
    this.opened = new Set();
  }

  protected get words(): MyNeedsStrings {
    return this.text.value;
  }

  protected async fetchMine(signal: AbortSignal): Promise<readonly MyNeed[]> {
    return (await api()).fetchMyNeeds(this.session, signal);
  }

  private toggle(id: string): void {
    const opened = new Set(this.opened);
    if (!opened.delete(id)) opened.add(id);
    this.opened = opened;
  }

  protected renderList(needs: readonly MyNeed[]): TemplateResult {
    const formats = formatsFor(this.locale);
    return html`<ul class="cards" part="needs">
      ${needs.map((need) => this.renderNeed(need, formats))}
    </ul>`;
  }

  private renderNeed(need: MyNeed, formats: Formats): TemplateResult {
    const t = this.words;
    const open = this.opened.has(need.id);
    const reason = need.timeline.findLast((entry) => entry.reason)?.reason;
    const ended = need.status === 'rejected' || need.status === 'closed';
    return html`<li class="card" part="need" data-need=${need.id}>
      <h3>${need.title}</h3>
      <p class="tags">
        <span part="kind"
          >${t.kinds[need.kind]}${
            need.valueFen === null
              ? nothing
              : html` · ${fill(t.worth, { amount: formatFen(this.locale, need.valueFen) })}`
          }</span
        >
        <span class="badge status-${need.status}" part="badge">${t.statuses[need.status]}</span>
      </p>
      <p class="muted">${fill(t.postedOn, { date: formats.dateTime(need.createdAt) })}</p>
      ${need.claim ? html`<p part="claimant">${claimLine(need.claim, t)}</p>` : nothing}
      ${
        ended && reason
          ? html`<p class="reason" part="reason">${fill(t.reason, { reason })}</p>`
          : nothing
      }
      <p class="actions">
        <button
          type="button"
          class="secondary"
          part="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="timeline-${need.id}"
          @click=${() => {
            this.toggle(need.id);
          }}
        >
          ${open ? t.hideTimeline : t.showTimeline}<span class="visually-hidden">
            (${need.title})</span
          >
        </button>
      </p>
      ${open ? renderTimeline(need, t, formats) : nothing}
    </li>`;
  }
}
