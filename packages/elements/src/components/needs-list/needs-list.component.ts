import { html, nothing, type PropertyValues } from 'lit';
import type { ListNeedsQuery, Need, NeedCategory, NeedKind, PublicNeedStatus } from '@wushe/schema';
import { fill, LocaleController, LocaleStrings } from '../../internal/locale.js';
import { domainStrings } from '../../internal/domain-strings.js';
import type { DomainStrings } from '../../locales/types.js';
import { renderEmptyState, renderLoadState } from '../../internal/load-state.js';
import { RemoteController } from '../../internal/remote.js';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-error.js';
import type { DialogLauncher } from './dialog-launcher.js';
import type { NeedDialogName } from './dialogs/host.js';
import type { ListDoor } from './door.js';
import { LiveController } from './live.js';
import { needsListStyles } from './needs-list.styles.js';
import { NeedPages, NeedsPaging } from './pages.js';
import { zhCN, type NeedsListStrings } from './strings/zh-CN.js';
import { formatsOf, renderCard, renderFilters, type NeedFilterValues } from './templates.js';

const listStrings = new LocaleStrings<NeedsListStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/**
 * @tagname wushe-needs-list
 * @summary The public 需求清单 / 微心愿 wall of a community or street: filters, paging, live
 * updates, claiming, reporting and posting a need.
 *
 * @event wushe-need-submitted - A resident posted a need (detail: the `Need`, `pending_review`).
 * @event wushe-need-claimed - A resident claimed a need (detail: `{needId, claim}`).
 * @event wushe-need-reported - A resident reported a need (detail: the `Report`).
 * @event wushe-error - Loading the list failed (detail: `{code, status, message, requestId}`).
 *
 * @csspart base - The widget's root.
 * @csspart filters - The search and filter form.
 * @csspart list - The cards' container.
 * @csspart card - One need.
 * @csspart badge - A need's status badge.
 * @csspart claim-button - A need's 认领 button.
 * @csspart report-button - A need's 举报 button.
 * @csspart post-button - The "post a need" button.
 * @csspart load-more - The "load more" button.
 * @csspart live - The polite live region announcing changes.
 * @csspart dialog - Each dialog (claim, report, post).
 * @csspart form-error - A dialog's error message.
 * @csspart field - Each field of a dialog's form (label, control, error).
 * @csspart field-error - A field's error message.
 * @csspart state - The load-state panel: loading, offline, an error, or no need to show.
 * @csspart state-loading - The loading message.
 * @csspart state-offline - The message when the connection is lost.
 * @csspart state-error - Why the list could not be loaded.
 * @csspart request-id - The failed request's id, for the hotline.
 * @csspart retry - The button that loads the list again.
 * @csspart state-empty - The message when no need matches.
 * @csspart reconnecting - The note shown while the live connection is being restored.
 *
 * @cssproperty --wushe-color-primary - Buttons and open needs.
 * @cssproperty --wushe-radius - Corner radius of cards, controls and dialogs.
 * @cssproperty --wushe-font-family - The widget's typeface.
 * @cssproperty --wushe-font-size - The base text size (16px; 20px in elder mode).
 */
export class WusheNeedsList extends WusheElement {
  static override styles = needsListStyles;

  static override properties = {
    ...WusheElement.properties,
    kind: { type: String, reflect: true },
    category: { type: String, reflect: true },
    status: { type: String, reflect: true },
    q: { type: String, reflect: true },
    street: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    paging: { type: String, reflect: true },
    policyVersion: { type: String, attribute: 'policy-version' },
    announcement: { state: true },
    opening: { state: true },
    openFailed: { state: true },
  };

  /** Only `service` needs or only `wish`es (微心愿); all by default. */
  declare kind: NeedKind | undefined;
  /** One category (`elderly_care`, …); all by default. */
  declare category: NeedCategory | undefined;
  /** `open`, `claimed` or `fulfilled`; all public statuses by default. */
  declare status: PublicNeedStatus | undefined;
  /** Words searched in titles and descriptions. */
  declare q: string | undefined;
  /** A 9-digit street code: the whole street's needs instead of one community's. */
  declare street: string | undefined;
  /** Needs per page (1–100, default 20). */
  declare pageSize: number;
  /**
   * `auto` (default): the next page also loads when the resident scrolls to the end, besides
   * the "load more" button. `button`: only the button — for a portal page whose footer must stay
   * reachable below the list.
   */
  declare paging: NeedsPaging;
  /** The privacy policy version residents agree to when claiming or posting. */
  declare policyVersion: string;

  private readonly words = new LocaleController(this, listStrings);
  private readonly domainWords = new LocaleController(this, domainStrings);
  /** The list's own wording, in its locale. */
  protected get ns(): NeedsListStrings {
    return this.words.value;
  }
  /** Names of the need categories, in its locale. */
  protected get domain(): DomainStrings {
    return this.domainWords.value;
  }
  declare protected announcement: string;
  /** The dialog whose code is loading, and its need: that button is busy meanwhile. */
  declare protected opening: { name: NeedDialogName; needId: string | undefined } | undefined;
  /** A dialog's code could not be loaded (the connection dropped). */
  declare protected openFailed: boolean;

  /** The door the list's parts use (see door.ts). */
  private readonly door: ListDoor = this.makeDoor();
  /** The needs loaded so far, and the paging (see pages.ts). */
  private readonly pages: NeedPages = new NeedPages(this, this.door);
  private readonly live: LiveController = new LiveController(this, this.door);
  /** The dialogs, loaded with the first one opened (see dialog-launcher.ts). */
  private dialogs: DialogLauncher | undefined;

  /** The first page, loaded again when the configuration or a filter changes. */
  readonly remote: RemoteController<Need[]> = new RemoteController<Need[]>(this, {
    task: (_args, { signal }) => this.pages.first(signal),
    args: () => [...this.configArgs(), this.street, JSON.stringify(this.query())],
  });

  constructor() {
    super();
    this.pageSize = 20;
    this.paging = NeedsPaging.auto;
    this.policyVersion = '2026-01';
    this.announcement = '';
    this.openFailed = false;
  }

  protected override configChanged(): void {
    formatsOf(this.locale);
    this.live.follow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && changed.has('street')) this.live.follow();
  }

  private makeDoor(): ListDoor {
    // The getters read the element's state when they are used, not now.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const list = this;
    return {
      element: this,
      get requester() {
        return list.requester;
      },
      get strings() {
        return list.strings;
      },
      get ns() {
        return list.ns;
      },
      get domain() {
        return list.domain;
      },
      get locale() {
        return list.locale;
      },
      get policyVersion() {
        return list.policyVersion;
      },
      get paging() {
        return list.paging;
      },
      get community() {
        return list.config.community;
      },
      get filters(): NeedFilterValues {
        const { kind, category, status, q } = list;
        return { kind, category, status, q };
      },
      get scope() {
        return list.street
          ? { street: list.street }
          : list.config.community
            ? { community: list.config.community }
            : undefined;
      },
      get ready() {
        return list.remote.status === 'ready';
      },
      get needs() {
        return list.pages.needs;
      },
      get query() {
        return list.query();
      },
      filter: (name, value) => {
        (this as NeedFilterValues)[name] = value;
      },
      isLoading: (name, needId) => this.opening?.name === name && this.opening.needId === needId,
      open: (name, need, event) => {
        void this.openDialog(name, need, event.currentTarget as HTMLElement);
      },
      find: (id) => this.pages.needs.find((need) => need.id === id),
      replace: (need) => {
        this.pages.set(this.pages.needs.map((each) => (each.id === need.id ? need : each)));
      },
      changed: (needs, change, need) => {
        this.pages.set(needs);
        this.announce(fill(this.ns.live[change], { title: need.title }));
      },
      announce: (text) => {
        this.announce(text);
      },
      reportError: (error) => {
        this.report(error);
      },
      emit: (type, detail) => {
        this.emit(type, detail);
      },
      close: (name) => {
        this.dialogs?.close(name);
      },
      closed: () => {
        this.dialogs?.closed();
      },
    };
  }

  /** Opens a dialog, loading its code first if need be (the opener shows it is busy). */
  private async openDialog(name: NeedDialogName, need: Need | undefined, opener: HTMLElement) {
    if (this.opening) return;
    this.opening = { name, needId: need?.id };
    this.openFailed = false;
    try {
      if (!this.dialogs) {
        const { DialogLauncher } = await import('./dialog-launcher.js');
        this.dialogs ??= new DialogLauncher(this, this.door);
      }
      await this.dialogs.open(name, need, opener);
    } catch {
      this.openFailed = true;
    } finally {
      this.opening = undefined;
    }
  }

  /** The list request for the filters in force. */
  private query(): ListNeedsQuery {
    const query: ListNeedsQuery = { limit: this.pageSize };
    if (this.street) query.street = this.street;
    else if (this.config.community) query.community = this.config.community;
    if (this.kind) query.kind = this.kind;
    if (this.category) query.category = this.category;
    if (this.status) query.status = this.status;
    if (this.q?.trim()) query.q = this.q.trim();
    return query;
  }

  /** Says `text` in the polite live region; the same words again are still announced. */
  private announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  override render() {
    const ns = this.ns;
    const posting = this.door.isLoading('post');
    return html`<div part="base" class="base" lang=${this.locale}>
      <div class="toolbar">
        <h2>${ns.title}</h2>
        ${
          this.config.community
            ? html`<button
                part="post-button"
                class="secondary${posting ? ' busy' : ''}"
                aria-busy=${posting ? 'true' : nothing}
                @click=${(e: Event) => {
                  this.door.open('post', undefined, e);
                }}
              >
                ${ns.post}
              </button>`
            : nothing
        }
      </div>
      ${renderFilters(this.door)}
      ${this.openFailed ? html`<p class="error" role="alert">${ns.openFailed}</p>` : nothing}
      ${
        this.live.status === 'reconnecting' && this.remote.status === 'ready'
          ? html`<p class="note" part="reconnecting" role="status">${this.strings.reconnecting}</p>`
          : nothing
      }
      ${this.renderBody()}
      <p part="live" class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${this.dialogs?.render() ?? nothing}
    </div>`;
  }

  private renderBody() {
    if (this.remote.status !== 'ready') return renderLoadState(this.remote, this.strings);
    if (this.pages.needs.length === 0) {
      return renderEmptyState(
        this.strings,
        this.config.community ? this.ns.emptyInvite : undefined,
      );
    }
    return this.pages.render((need) => renderCard(this.door, need));
  }
}
