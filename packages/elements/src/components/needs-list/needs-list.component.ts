import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  yuanToFen,
  type Claim,
  type ClaimantType,
  type LiveEvent,
  type ListNeedsQuery,
  type Locale,
  type Need,
  type NeedCategory,
  type NeedKind,
  type PublicNeedStatus,
  type ReportReason,
} from '@wushe/schema';
import { EventsResource, NeedsResource, WusheError, type ConnectionStatus } from '@wushe/sdk';
import { FormController, FormStatus } from '../../internal/form.js';
import { fill, LocaleStrings } from '../../internal/locale.js';
import { RemoteController } from '../../internal/remote.js';
import { WusheElement } from '../../internal/wushe-element.js';
import type {} from '../../events/wushe-need-claimed.js';
import type {} from '../../events/wushe-need-reported.js';
import type {} from '../../events/wushe-need-submitted.js';
import type {} from '../../events/wushe-error.js';
import { needsListStyles } from './needs-list.styles.js';
import { zhCN, type NeedsListStrings } from './strings/zh-CN.js';

const listStrings = new LocaleStrings<NeedsListStrings>(zhCN, {
  'zh-HK': () => import('./strings/zh-HK.js'),
  en: () => import('./strings/en.js'),
});

/** Beyond this many loaded needs, only the visible cards are rendered (virtualizer, loaded then). */
export const VIRTUALIZE_AFTER = 200;
const KINDS: readonly NeedKind[] = ['service', 'wish'];
const STATUSES: readonly PublicNeedStatus[] = ['open', 'claimed', 'fulfilled'];
const REASONS: readonly ReportReason[] = ['spam', 'offensive', 'does_not_belong', 'other'];
const REPORTER_KEY = 'wushe.reporterToken';
const DAY_MS = 86_400_000;

let memoryToken: string | undefined;
/** One random token per browser, created once, so a resident reports a need only once. */
function reporterToken(): string {
  try {
    let token = localStorage.getItem(REPORTER_KEY);
    if (!token) {
      token = crypto.randomUUID();
      localStorage.setItem(REPORTER_KEY, token);
    }
    return token;
  } catch {
    return (memoryToken ??= crypto.randomUUID());
  }
}

const inputValue = (event: Event) => (event.target as HTMLInputElement).value;
const inputChecked = (event: Event) => (event.target as HTMLInputElement).checked;

interface ClaimValues extends Record<string, unknown> {
  type: ClaimantType;
  name: string;
  mobile: string;
  note: string;
  consent: boolean;
}

interface PostValues extends Record<string, unknown> {
  kind: NeedKind;
  category: NeedCategory;
  title: string;
  description: string;
  value: string;
  anonymous: boolean;
  name: string;
  mobile: string;
  consent: boolean;
}

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
 * @csspart status - A need's status badge.
 * @csspart claim-button - A need's 认领 button.
 * @csspart report-button - A need's 举报 button.
 * @csspart post-button - The "post a need" button.
 * @csspart load-more - The "load more" button.
 * @csspart live - The polite live region announcing changes.
 * @csspart dialog - Each dialog (claim, report, post).
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
    policyVersion: { type: String, attribute: 'policy-version' },
    ns: { state: true },
    needs: { state: true },
    nextCursor: { state: true },
    loadingMore: { state: true },
    moreError: { state: true },
    announcement: { state: true },
    reconnecting: { state: true },
    virtual: { state: true },
    claimTarget: { state: true },
    reportTarget: { state: true },
    reportReason: { state: true },
    reportMessage: { state: true },
    reportSending: { state: true },
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
  /** The privacy policy version residents agree to when claiming or posting. */
  declare policyVersion: string;

  declare protected ns: NeedsListStrings;
  declare protected needs: Need[];
  declare protected nextCursor: string | null;
  declare protected loadingMore: boolean;
  declare protected moreError: WusheError | undefined;
  declare protected announcement: string;
  declare protected reconnecting: boolean;
  declare protected virtual: boolean;
  declare protected claimTarget: Need | undefined;
  declare protected reportTarget: Need | undefined;
  declare protected reportReason: ReportReason;
  declare protected reportMessage: { text: string; ok: boolean } | undefined;
  declare protected reportSending: boolean;

  private stopLive: (() => void) | undefined;
  private opener: HTMLElement | undefined;
  private virtualLoading = false;

  readonly remote = new RemoteController(
    this,
    async (signal) => {
      const page = await new NeedsResource(this.requester).list(this.query(), { signal });
      this.needs = page.data;
      this.nextCursor = page.nextCursor;
      return page;
    },
    (error) => {
      this.reportError(error);
    },
  );

  readonly claimForm = new FormController<ClaimValues>(this, {
    initial: { type: 'volunteer', name: '', mobile: '', note: '', consent: false },
  });

  readonly postForm = new FormController<PostValues>(this, {
    initial: {
      kind: 'service',
      category: 'elderly_care',
      title: '',
      description: '',
      value: '',
      anonymous: false,
      name: '',
      mobile: '',
      consent: false,
    },
    draftKey: () => `wushe.needs-list.post.${this.config.community}`,
    sensitive: ['mobile'],
  });

  constructor() {
    super();
    this.pageSize = 20;
    this.policyVersion = '2026-01';
    this.ns = zhCN;
    this.needs = [];
    this.nextCursor = null;
    this.loadingMore = false;
    this.announcement = '';
    this.reconnecting = false;
    this.virtual = false;
    this.reportReason = 'spam';
    this.reportSending = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive?.();
    this.stopLive = undefined;
  }

  protected override configChanged(): void {
    void this.remote.run();
    this.subscribe();
  }

  protected override localeChanged(locale: Locale): void {
    void listStrings.load(locale).then((strings) => (this.ns = strings));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) return;
    const filters = ['kind', 'category', 'status', 'q', 'street', 'pageSize'] as const;
    if (filters.some((name) => changed.has(name))) {
      void this.remote.run();
    }
    if (changed.has('street')) this.subscribe();
  }

  protected override updated(): void {
    if (this.needs.length > VIRTUALIZE_AFTER && !this.virtual && !this.virtualLoading) {
      this.virtualLoading = true;
      void import('@lit-labs/virtualizer').then(() => (this.virtual = true));
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

  private reportError(error: WusheError): void {
    this.emit('wushe-error', {
      code: error.code,
      status: error.status,
      message: error.message,
      requestId: error.requestId,
    });
  }

  private subscribe(): void {
    this.stopLive?.();
    this.stopLive = undefined;
    this.reconnecting = false;
    const scope = this.street
      ? { street: this.street }
      : this.config.community
        ? { community: this.config.community }
        : undefined;
    if (!scope || !this.isConnected) return;
    this.stopLive = new EventsResource(this.requester).subscribe(
      scope,
      (event) => {
        this.onLive(event);
      },
      {
        onStatus: (status: ConnectionStatus) => {
          this.reconnecting = status === 'reconnecting';
        },
      },
    );
  }

  /** Does a need pushed by the live stream belong in this list's filters? */
  private fits(need: Need): boolean {
    const words = this.q?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const text = `${need.title} ${need.description}`.toLowerCase();
    return (
      (!this.street || need.streetId === this.street) &&
      (Boolean(this.street) ||
        !this.config.community ||
        need.communityId === this.config.community) &&
      (!this.kind || need.kind === this.kind) &&
      (!this.category || need.category === this.category) &&
      (!this.status || need.status === this.status) &&
      words.every((word) => text.includes(word))
    );
  }

  private onLive(event: LiveEvent): void {
    if (event.type === 'fund.updated' || this.remote.status !== 'ready') return;
    const need = event.data;
    const index = this.needs.findIndex((each) => each.id === need.id);
    if (event.type === 'need.created') {
      if (index >= 0 || !this.fits(need)) return;
      this.needs = [need, ...this.needs];
      this.announcement = fill(this.ns.live.created, { title: need.title });
    } else {
      if (index < 0) return;
      this.replace(need);
      this.announcement = fill(
        need.status === 'claimed' ? this.ns.live.claimed : this.ns.live.updated,
        { title: need.title },
      );
    }
  }

  private replace(need: Need): void {
    this.needs = this.needs.map((each) => (each.id === need.id ? need : each));
    if (this.claimTarget?.id === need.id) this.claimTarget = need;
  }

  private async loadMore(): Promise<void> {
    if (!this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await new NeedsResource(this.requester).list({
        ...this.query(),
        cursor: this.nextCursor,
      });
      const known = new Set(this.needs.map((need) => need.id));
      const added = page.data.filter((need) => !known.has(need.id));
      this.needs = [...this.needs, ...added];
      this.nextCursor = page.nextCursor;
      this.announcement =
        fill(this.ns.loaded, { count: this.format(added.length) }) +
        (page.nextCursor ? '' : `，${this.ns.allLoaded}`);
      await this.updateComplete;
      // Focus the first new card, so keyboard users go on reading where the new ones start.
      const first = this.renderRoot.querySelector<HTMLElement>(
        `article[data-id="${added[0]?.id ?? ''}"]`,
      );
      if (first && !this.virtual) first.focus();
      else if (!page.nextCursor) this.renderRoot.querySelector<HTMLElement>('article')?.focus();
    } catch (error) {
      this.moreError = error instanceof WusheError ? error : undefined;
      if (this.moreError) this.reportError(this.moreError);
    } finally {
      this.loadingMore = false;
    }
  }

  private format(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  private money(fen: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency: 'CNY' }).format(
      fen / 100,
    );
  }

  private when(iso: string): TemplateResult {
    const at = Date.parse(iso);
    const days = Math.round((at - Date.now()) / DAY_MS);
    const absolute = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(at);
    const shown =
      Math.abs(days) < 30
        ? new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' }).format(days, 'day')
        : absolute;
    return html`<time datetime=${iso} title=${absolute}>${shown}</time>`;
  }

  // ——— dialogs ———

  private dialog(name: string): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
  }

  private async open(name: string, opener: EventTarget | null): Promise<void> {
    this.opener = (opener as HTMLElement | null) ?? undefined;
    await this.updateComplete;
    const dialog = this.dialog(name);
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('input:not([disabled]), select, textarea')?.focus();
  }

  /** A dialog closed (a button, Escape): focus goes back where it came from. */
  private onClose(): void {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected && !(opener as HTMLButtonElement).disabled) opener.focus();
    else if (this.claimTarget) {
      this.renderRoot
        .querySelector<HTMLElement>(`article[data-id="${this.claimTarget.id}"]`)
        ?.focus();
    }
  }

  private close(name: string): void {
    this.dialog(name)?.close();
  }

  private openClaim(need: Need, event: Event): void {
    if (this.claimForm.status === FormStatus.done) this.claimForm.reset();
    this.claimForm.error = undefined;
    this.claimForm.issues = [];
    if (need.kind !== 'wish' && this.claimForm.values.type === 'donor') {
      this.claimForm.set('type', 'volunteer');
    }
    this.claimTarget = need;
    void this.open('claim', event.currentTarget);
  }

  private async sendClaim(event: Event): Promise<void> {
    event.preventDefault();
    const need = this.claimTarget;
    if (!need) return;
    const resource = new NeedsResource(this.requester);
    const claim = await this.claimForm.submit(({ type, name, mobile, note, consent }) =>
      resource.claim({
        id: need.id,
        claimant: { type, name: name.trim(), mobile: mobile.trim() },
        ...(note.trim() ? { note: note.trim() } : {}),
        consent: { policyVersion: this.policyVersion, agreed: consent },
      }),
    );
    if (claim) {
      this.claimed(need, claim);
      return;
    }
    if (this.claimForm.error?.code === 'need_already_claimed') {
      try {
        this.replace(await resource.get({ id: need.id }));
      } catch {
        this.replace({ ...need, status: 'claimed' });
      }
    }
  }

  private claimed(need: Need, claim: Claim): void {
    const { id, claimantType, claimantName, createdAt } = claim;
    this.replace({
      ...need,
      status: 'claimed',
      claim: { id, claimantType, claimantName, claimedAt: createdAt },
    });
    this.announcement = this.ns.claimed;
    this.emit('wushe-need-claimed', { needId: need.id, claim });
    this.close('claim');
  }

  private openReport(need: Need, event: Event): void {
    this.reportTarget = need;
    this.reportReason = 'spam';
    this.reportMessage = undefined;
    void this.open('report', event.currentTarget);
  }

  private async sendReport(event: Event): Promise<void> {
    event.preventDefault();
    const need = this.reportTarget;
    if (!need || this.reportSending) return;
    this.reportSending = true;
    try {
      const report = await new NeedsResource(this.requester).report({
        id: need.id,
        reason: this.reportReason,
        reporterToken: reporterToken(),
      });
      this.reportMessage = { text: this.ns.reported, ok: true };
      this.emit('wushe-need-reported', report);
    } catch (error) {
      const failure = error instanceof WusheError ? error : undefined;
      this.reportMessage = {
        text:
          failure?.code === 'already_reported'
            ? this.ns.alreadyReported
            : (failure?.message ?? String(error)),
        ok: false,
      };
    } finally {
      this.reportSending = false;
    }
  }

  private openPost(event: Event): void {
    if (this.postForm.status === FormStatus.done) this.postForm.reset();
    void this.open('post', event.currentTarget);
  }

  private async sendPost(event: Event): Promise<void> {
    event.preventDefault();
    const communityId = this.config.community;
    const need = await this.postForm.submit((v) => {
      const valueFen =
        v.kind === 'wish' ? (yuanToFen(v.value) ?? (v.value ? NaN : undefined)) : undefined;
      return new NeedsResource(this.requester).create({
        communityId,
        kind: v.kind,
        category: v.category,
        title: v.title.trim(),
        description: v.description.trim(),
        ...(valueFen === undefined ? {} : { valueFen }),
        anonymous: v.anonymous,
        contact: { name: v.name.trim(), mobile: v.mobile.trim() },
        consent: { policyVersion: this.policyVersion, agreed: v.consent },
      });
    });
    if (need) {
      this.announcement = this.ns.posted;
      this.emit('wushe-need-submitted', need);
    } else {
      await this.updateComplete;
      this.dialog('post')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  // ——— rendering ———

  override render() {
    const s = this.strings;
    const ns = this.ns;
    return html`<div part="base" class="base" lang=${this.locale}>
      <div class="toolbar">
        <h2>${ns.title}</h2>
        ${
          this.config.community
            ? html`<button
                part="post-button"
                class="secondary"
                @click=${(e: Event) => {
                  this.openPost(e);
                }}
              >
                ${ns.post}
              </button>`
            : nothing
        }
      </div>
      ${this.renderFilters()}
      ${
        this.reconnecting && this.remote.status === 'ready'
          ? html`<p class="note" part="reconnecting" role="status">${s.reconnecting}</p>`
          : nothing
      }
      ${this.renderBody()}
      <p part="live" class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${this.renderClaimDialog()} ${this.renderReportDialog()} ${this.renderPostDialog()}
    </div>`;
  }

  private renderFilters() {
    const ns = this.ns;
    const select = (
      name: 'kind' | 'category' | 'status',
      label: string,
      options: readonly string[],
      labels: Readonly<Record<string, string>>,
    ) =>
      html`<label
        >${label}
        <select
          name=${name}
          .value=${this[name] ?? ''}
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            (this as Record<typeof name, string | undefined>)[name] = value || undefined;
          }}
        >
          <option value="" ?selected=${!this[name]}>${ns.all}</option>
          ${options.map(
            (option) =>
              html`<option value=${option} ?selected=${this[name] === option}>
                ${labels[option]}
              </option>`,
          )}
        </select></label
      >`;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${ns.filters}
      @submit=${(e: Event) => {
        e.preventDefault();
        const input = (e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
        this.q = input.value.trim() || undefined;
      }}
    >
      <label
        >${ns.search}
        <input type="search" name="q" .value=${this.q ?? ''} maxlength="50" />
      </label>
      <button type="submit">${ns.searchButton}</button>
      ${select('kind', ns.kind, KINDS, ns.kinds)}
      ${select('category', ns.category, Object.keys(this.strings.categories), this.strings.categories)}
      ${select('status', ns.status, STATUSES, ns.statuses)}
    </form>`;
  }

  private renderBody() {
    const s = this.strings;
    const { status, error } = this.remote;
    if (status === 'idle' || status === 'loading') {
      return html`<p class="state" part="loading" role="status">${s.loading}</p>`;
    }
    if (status === 'offline' || status === 'error') {
      return html`<div role="alert" part="error">
        <p class="error">${status === 'offline' ? s.offline : s.errorTitle}</p>
        ${
          status === 'error' && error?.requestId
            ? html`<p class="note">${fill(s.errorReference, { requestId: error.requestId })}</p>`
            : nothing
        }
        <button @click=${() => void this.remote.run()}>${s.retry}</button>
      </div>`;
    }
    if (this.needs.length === 0) {
      return html`<div part="empty" class="state">
        <p>${s.empty}</p>
        ${this.config.community ? html`<p>${this.ns.emptyInvite}</p>` : nothing}
      </div>`;
    }
    return html`${
      this.virtual
        ? html`<lit-virtualizer
            part="list"
            class="cards"
            .items=${this.needs}
            .renderItem=${(need: Need) => this.renderCard(need)}
          ></lit-virtualizer>`
        : html`<div part="list" class="cards">
            ${repeat(
              this.needs,
              (need) => need.id,
              (need) => this.renderCard(need),
            )}
          </div>`
    }
    ${
      this.nextCursor
        ? html`<button
            part="load-more"
            class="secondary"
            ?disabled=${this.loadingMore}
            @click=${() => void this.loadMore()}
          >
            ${this.loadingMore ? this.ns.loadingMore : this.ns.loadMore}
          </button>`
        : nothing
    }
    ${this.moreError ? html`<p class="error" role="alert">${this.moreError.message}</p>` : nothing}`;
  }

  private renderCard(need: Need) {
    const ns = this.ns;
    const headingId = `need-${need.id}`;
    return html`<article part="card" data-id=${need.id} tabindex="-1" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${need.title}</h3>
      <p class="description">${need.description}</p>
      <dl class="meta">
        <dt>${ns.status}</dt>
        <dd><span part="status" class="badge ${need.status}">${ns.statuses[need.status]}</span></dd>
        <dt>${ns.kind}</dt>
        <dd>${ns.kinds[need.kind]}</dd>
        <dt>${ns.category}</dt>
        <dd>${this.strings.categories[need.category]}</dd>
        ${
          need.kind === 'wish' && need.valueFen !== null
            ? html`<dt>${ns.value}</dt>
                <dd>${this.money(need.valueFen)}</dd>`
            : nothing
        }
        <dt>${ns.requester}</dt>
        <dd>${need.requesterName ?? ns.anonymous}</dd>
        <dt>${ns.postedAt}</dt>
        <dd>${this.when(need.createdAt)}</dd>
        ${
          need.claim
            ? html`<dt>${ns.statuses.claimed}</dt>
                <dd>${fill(ns.claimedBy, { name: need.claim.claimantName })}</dd>`
            : nothing
        }
      </dl>
      <div class="actions">
        ${
          need.status === 'open'
            ? html`<button
                part="claim-button"
                aria-describedby=${headingId}
                @click=${(e: Event) => {
                  this.openClaim(need, e);
                }}
              >
                ${ns.claim}
              </button>`
            : nothing
        }
        <button
          part="report-button"
          class="secondary"
          aria-describedby=${headingId}
          @click=${(e: Event) => {
            this.openReport(need, e);
          }}
        >
          ${ns.report}
        </button>
      </div>
    </article>`;
  }

  /** A labelled input with its error in place; what was typed stays. */
  private field(
    form: FormController<ClaimValues> | FormController<PostValues>,
    id: string,
    label: string,
    path: string,
    control: (invalid: boolean, describedBy: string | typeof nothing) => TemplateResult,
  ) {
    const error = form.errorFor(path);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control(Boolean(error), error ? `${id}-error` : nothing)}
      ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
    </div>`;
  }

  private consent(form: FormController<ClaimValues> | FormController<PostValues>, id: string) {
    const error = form.errorFor('consent');
    return html`<div>
      <label class="check"
        ><input
          id=${id}
          type="checkbox"
          .checked=${form.values.consent}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @change=${(e: Event) => {
            form.set('consent', inputChecked(e));
          }}
        />${this.ns.consent}</label
      >
      ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
    </div>`;
  }

  private formError(form: FormController<ClaimValues> | FormController<PostValues>) {
    const { error, issues } = form;
    const text =
      error?.code === 'need_already_claimed'
        ? this.ns.alreadyClaimed
        : error
          ? error.message
          : issues.length > 0
            ? fill(this.strings.fixFields, { count: issues.length })
            : '';
    return html`<p class="error" part="form-error" role="alert">${text}</p>`;
  }

  private renderClaimDialog() {
    const s = this.strings;
    const ns = this.ns;
    const need = this.claimTarget;
    const form = this.claimForm;
    const v = form.values;
    const types: ClaimantType[] =
      need?.kind === 'wish'
        ? ['volunteer', 'organization', 'donor']
        : ['volunteer', 'organization'];
    const taken = form.error?.code === 'need_already_claimed' || (need && need.status !== 'open');
    const text =
      (name: 'name' | 'mobile' | 'note', type = 'text') =>
      (invalid: boolean, describedBy: string | typeof nothing) =>
        html`<input
          id="claim-${name}"
          type=${type}
          .value=${v[name]}
          autocomplete=${name === 'mobile' ? 'tel' : name === 'name' ? 'name' : 'off'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${(e: Event) => {
            form.set(name, inputValue(e));
          }}
        />`;
    return html`<dialog
      part="dialog"
      class="claim"
      aria-labelledby="claim-title"
      @close=${() => {
        this.onClose();
      }}
    >
      <form @submit=${(e: Event) => void this.sendClaim(e)} novalidate>
        <h2 id="claim-title">${fill(ns.claimTitle, { title: need?.title ?? '' })}</h2>
        <fieldset>
          <legend>${ns.claimantType}</legend>
          ${types.map(
            (type) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="claimant-type"
                  value=${type}
                  .checked=${v.type === type}
                  @change=${() => {
                    form.set('type', type);
                  }}
                />${ns.claimantTypes[type]}</label
              >`,
          )}
        </fieldset>
        ${this.field(form, 'claim-name', ns.name, 'claimant.name', text('name'))}
        ${this.field(form, 'claim-mobile', ns.mobile, 'claimant.mobile', text('mobile', 'tel'))}
        ${this.field(form, 'claim-note', `${ns.note}（${s.optional}）`, 'note', text('note'))}
        ${this.consent(form, 'claim-consent')} ${this.formError(form)}
        <div class="dialog-actions">
          <button
            type="button"
            class="secondary"
            @click=${() => {
              this.close('claim');
            }}
          >
            ${taken ? s.close : s.cancel}
          </button>
          <button type="submit" ?disabled=${form.status === 'submitting' || Boolean(taken)}>
            ${form.status === 'submitting' ? s.submitting : ns.claim}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  private renderReportDialog() {
    const s = this.strings;
    const ns = this.ns;
    const message = this.reportMessage;
    return html`<dialog
      part="dialog"
      class="report"
      aria-labelledby="report-title"
      @close=${() => {
        this.onClose();
      }}
    >
      <form @submit=${(e: Event) => void this.sendReport(e)}>
        <h2 id="report-title">
          ${fill(ns.reportTitle, { title: this.reportTarget?.title ?? '' })}
        </h2>
        <fieldset ?disabled=${message?.ok}>
          <legend>${ns.reason}</legend>
          ${REASONS.map(
            (reason) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="report-reason"
                  value=${reason}
                  .checked=${this.reportReason === reason}
                  @change=${() => (this.reportReason = reason)}
                />${ns.reasons[reason]}</label
              >`,
          )}
        </fieldset>
        <p class=${message?.ok ? 'success' : 'error'} role="alert">${message?.text ?? ''}</p>
        <div class="dialog-actions">
          <button
            type="button"
            class="secondary"
            @click=${() => {
              this.close('report');
            }}
          >
            ${message?.ok ? s.close : s.cancel}
          </button>
          ${
            message?.ok
              ? nothing
              : html`<button type="submit" ?disabled=${this.reportSending}>
                  ${this.reportSending ? s.submitting : ns.report}
                </button>`
          }
        </div>
      </form>
    </dialog>`;
  }

  private renderPostDialog() {
    const s = this.strings;
    const ns = this.ns;
    const form = this.postForm;
    const v = form.values;
    const done = form.status === FormStatus.done;
    const input =
      (name: 'title' | 'value' | 'name' | 'mobile', type = 'text', extra = '') =>
      (invalid: boolean, describedBy: string | typeof nothing) =>
        html`<input
          id="post-${name}"
          type=${type}
          inputmode=${extra || nothing}
          .value=${v[name]}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @input=${(e: Event) => {
            form.set(name, inputValue(e));
          }}
        />`;
    const body = done
      ? html`<div class="dialog-body">
          <h2 id="post-title-heading">${ns.postTitle}</h2>
          <p class="success" role="status">${ns.posted}</p>
          <div class="dialog-actions">
            <button
              type="button"
              @click=${() => {
                this.close('post');
              }}
            >
              ${s.close}
            </button>
          </div>
        </div>`
      : html`<form @submit=${(e: Event) => void this.sendPost(e)} novalidate>
          <h2 id="post-title-heading">${ns.postTitle}</h2>
          ${form.restored ? html`<p class="note">${s.draftRestored}</p>` : nothing}
          <fieldset>
            <legend>${ns.kind}</legend>
            ${KINDS.map(
              (kind) =>
                html`<label class="check"
                  ><input
                    type="radio"
                    name="post-kind"
                    value=${kind}
                    .checked=${v.kind === kind}
                    @change=${() => {
                      form.set('kind', kind);
                    }}
                  />${ns.kinds[kind]}</label
                >`,
            )}
          </fieldset>
          ${this.field(
            form,
            'post-category',
            ns.category,
            'category',
            () =>
              html`<select
                id="post-category"
                @change=${(e: Event) => {
                  form.set('category', (e.target as HTMLSelectElement).value as NeedCategory);
                }}
              >
                ${Object.entries(s.categories).map(
                  ([value, label]) =>
                    html`<option value=${value} ?selected=${v.category === value}>
                      ${label}
                    </option>`,
                )}
              </select>`,
          )}
          ${this.field(form, 'post-title', ns.needTitle, 'title', input('title'))}
          ${this.field(
            form,
            'post-description',
            ns.description,
            'description',
            (invalid, describedBy) =>
              html`<textarea
                id="post-description"
                rows="4"
                .value=${v.description}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${describedBy}
                @input=${(e: Event) => {
                  form.set('description', inputValue(e));
                }}
              ></textarea>`,
          )}
          ${
            v.kind === 'wish'
              ? this.field(
                  form,
                  'post-value',
                  ns.valueYuan,
                  'valueFen',
                  input('value', 'text', 'decimal'),
                )
              : nothing
          }
          <label class="check"
            ><input
              type="checkbox"
              .checked=${v.anonymous}
              @change=${(e: Event) => {
                form.set('anonymous', inputChecked(e));
              }}
            />${ns.anonymousPost}</label
          >
          ${this.field(form, 'post-name', ns.contact, 'contact.name', input('name'))}
          ${this.field(form, 'post-mobile', ns.mobile, 'contact.mobile', input('mobile', 'tel'))}
          ${this.consent(form, 'post-consent')} ${this.formError(form)}
          <div class="dialog-actions">
            <button
              type="button"
              class="secondary"
              @click=${() => {
                this.close('post');
              }}
            >
              ${s.cancel}
            </button>
            <button type="submit" ?disabled=${form.status === 'submitting'}>
              ${form.status === 'submitting' ? s.submitting : s.submit}
            </button>
          </div>
        </form>`;
    return html`<dialog
      part="dialog"
      class="post"
      aria-labelledby="post-title-heading"
      @close=${() => {
        this.onClose();
      }}
    >
      ${body}
    </dialog>`;
  }
}
