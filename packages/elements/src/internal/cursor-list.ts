import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Page } from '@wushe/schema';
import { WusheError } from '@wushe/sdk';

/** Asks the API for one page: the first without a cursor, the next ones with the last `nextCursor`. */
export type PageFetcher<T> = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>;

/**
 * A list read page by page as the API pages it (`limit` + `nextCursor`): the first page (a widget's
 * `RemoteController` runs `first`), then "load more". A page still on its way when the filters
 * change is dropped; a failed "more" keeps what is shown and says why beside the button.
 */
export class CursorList<T extends { readonly id: string }> {
  items: T[] = [];
  nextCursor: string | null = null;
  loadingMore = false;
  moreError: WusheError | undefined;
  private moreAbort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: PageFetcher<T>,
    private readonly onError: (error: WusheError) => void,
  ) {}

  /** The first page for the filters in force. */
  async first(signal: AbortSignal): Promise<T[]> {
    this.moreAbort?.abort();
    this.loadingMore = false;
    this.moreError = undefined;
    const page = await this.fetchPage(undefined, signal);
    this.items = page.data;
    this.nextCursor = page.nextCursor;
    return page.data;
  }

  /** Appends the next page; resolves to how many were added (0 when none could be). */
  async more(): Promise<number> {
    if (!this.nextCursor || this.loadingMore) return 0;
    const controller = new AbortController();
    this.moreAbort = controller;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(this.nextCursor, controller.signal);
      const known = new Set(this.items.map((item) => item.id));
      const added = page.data.filter((item) => !known.has(item.id));
      this.items = [...this.items, ...added];
      this.nextCursor = page.nextCursor;
      return added.length;
    } catch (error) {
      if (controller.signal.aborted) return 0;
      this.moreError =
        error instanceof WusheError
          ? error
          : new WusheError({ code: 'unknown_error', status: 0, message: String(error) });
      this.onError(this.moreError);
      return 0;
    } finally {
      if (this.moreAbort === controller) {
        this.moreAbort = undefined;
        this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }
}

/** The "load more" button's wording. */
export interface MoreStrings {
  readonly loadMore: string;
  readonly loadingMore: string;
}

/**
 * The "load more" button under a list that has a next page, and why the last try failed. While a
 * page loads the button says so and ignores presses (`aria-disabled`, not `disabled`: a disabled
 * button would drop the keyboard focus of a resident standing on it).
 */
export function renderMore(
  list: CursorList<{ readonly id: string }>,
  words: MoreStrings,
  onMore: () => void,
): TemplateResult {
  return html`${
    list.nextCursor
      ? html`<button
          part="load-more"
          class="secondary"
          aria-disabled=${list.loadingMore ? 'true' : 'false'}
          @click=${onMore}
        >
          ${list.loadingMore ? words.loadingMore : words.loadMore}
        </button>`
      : nothing
  }
  ${list.moreError ? html`<p class="error" role="alert">${list.moreError.message}</p>` : nothing}`;
}
