import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ListNeedsQuery, Locale, Need } from '@wushe/schema';
import type { Requester, WusheError } from '@wushe/sdk';
import type { ScrollPager } from './scroll-pager.js';
import type { NeedsListStrings } from './strings/zh-CN.js';
import type * as VirtualModule from './virtual.js';

/** How the next page comes: by scrolling to the end, or only by the "load more" button. */
export const NeedsPaging = { auto: 'auto', button: 'button' } as const;
export type NeedsPaging = (typeof NeedsPaging)[keyof typeof NeedsPaging];

/** The list's reads and their schemas (see api.ts), asked for as the list connects. */
const loadApi = () => import('./api.js');

/** Beyond this many loaded needs, only the visible cards are rendered (virtualizer, loaded then). */
export const VIRTUALIZE_AFTER = 200;

/** What the pages need of their list; every value is read when used. */
export interface PagesSource {
  readonly requester: Requester;
  /** The request for the filters in force. */
  readonly query: ListNeedsQuery;
  /** Whether the first page is shown (more pages only follow it). */
  readonly ready: boolean;
  readonly ns: NeedsListStrings;
  readonly locale: Locale;
  readonly paging: NeedsPaging;
  announce(text: string): void;
  reportError(error: WusheError): void;
}

/**
 * The needs loaded so far, page by page: the first page, the next ones (the "load more" button,
 * and infinite scroll, whose code comes with the first page that has a next one), and, past
 * `VIRTUALIZE_AFTER`, the virtualizer that renders only the visible cards (loaded then).
 */
export class NeedPages implements ReactiveController {
  needs: Need[] = [];
  nextCursor: string | null = null;
  loadingMore = false;
  moreError: WusheError | undefined;
  virtual = false;
  /** Aborts the "more" page in flight when the filters change: it would belong to the old list. */
  moreAbort: AbortController | undefined;
  /** The virtualizer's chunk (see virtual.ts), once loaded. */
  virtualTools: typeof VirtualModule | undefined;
  private pager: ScrollPager | undefined;
  private pagerLoading = false;
  private virtualLoading = false;

  constructor(
    readonly host: LitElement,
    readonly source: PagesSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watchEnd();
    if (this.needs.length > VIRTUALIZE_AFTER && !this.virtual && !this.virtualLoading) {
      this.virtualLoading = true;
      void import('./virtual.js').then((tools) => {
        this.virtualTools = tools;
        this.virtual = true;
        this.host.requestUpdate();
      });
    }
  }

  /** Puts a changed list in (a live update, a claim). */
  set(needs: Need[]): void {
    this.needs = needs;
    this.host.requestUpdate();
  }

  /** The first page for the filters in force (the list's `RemoteController` runs this). */
  async first(signal: AbortSignal): Promise<Need[]> {
    return (await loadApi()).loadFirst(this, signal);
  }

  /**
   * Appends the next page, if there is one and none is loading (see `loadMore`); resolves to
   * whether it did. The button and infinite scroll both come here, so a page loads once.
   */
  async more(byButton: boolean): Promise<boolean> {
    if (!this.nextCursor || this.loadingMore || !this.source.ready) return false;
    this.update(() => {
      this.loadingMore = true;
      this.moreError = undefined;
    });
    try {
      return await (await loadApi()).loadMore(this, byButton);
    } catch {
      // Only its code could fail to load (the connection dropped): the button tries again.
      this.update(() => (this.loadingMore = false));
      return false;
    }
  }

  /**
   * The cards, the infinite-scroll sentinel, the "load more" button and its error. While a page
   * loads the button says so and ignores presses (`aria-disabled`, not `disabled`: a disabled
   * button would drop the keyboard focus of a resident standing on it).
   */
  render(card: (need: Need) => TemplateResult): TemplateResult {
    const ns = this.source.ns;
    return html`${
      this.virtual
        ? html`<lit-virtualizer
            part="list"
            class="cards"
            .items=${this.needs}
            .renderItem=${card}
            @rangeChanged=${(e: Event) => {
              const virtualizer = e.currentTarget as Element;
              // After the virtualizer's own listener has put the new range in.
              queueMicrotask(() => {
                this.virtualTools?.sweepOrphanMarkers(virtualizer);
              });
            }}
          ></lit-virtualizer>`
        : html`<div part="list" class="cards">${repeat(this.needs, (need) => need.id, card)}</div>`
    }
    ${
      this.nextCursor && this.source.paging !== NeedsPaging.button && !this.moreError
        ? html`<div class="sentinel"></div>`
        : nothing
    }
    ${
      this.nextCursor
        ? html`<button
            part="load-more"
            class="secondary"
            aria-disabled=${this.loadingMore ? 'true' : 'false'}
            @click=${() => void this.more(true)}
          >
            ${this.loadingMore ? ns.loadingMore : ns.loadMore}
          </button>`
        : nothing
    }
    ${this.moreError ? html`<p class="error" role="alert">${this.moreError.message}</p>` : nothing}`;
  }

  /** Changes the state and renders. */
  update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** Hands the sentinel after the cards (if any) to infinite scroll, loading it the first time. */
  private watchEnd(): void {
    const sentinel = this.host.renderRoot.querySelector('.sentinel') ?? undefined;
    if (this.pager) this.pager.watch(sentinel);
    else if (sentinel && !this.pagerLoading) {
      this.pagerLoading = true;
      void import('./scroll-pager.js').then(({ ScrollPager }) => {
        this.pager = new ScrollPager(this.host, () => this.more(false));
        this.watchEnd();
      });
    }
  }
}
