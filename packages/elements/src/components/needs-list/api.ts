import type { Need } from '@wushe/schema';
import { listNeeds } from '@wushe/schema/wire';
import { WusheError } from '@wushe/sdk';
import { fill } from '../../internal/locale.js';
import type { NeedPages } from './pages.js';

/*
 * The list's reads, in a chunk of their own, sent by the routes' wire parts (no schemas, no zod:
 * the server checks the query): Lit, the SDK and the list's templates arrive first and show the
 * loading state, while this loads beside them (the list asks for it as it connects).
 */

/** The first page for the filters in force; a "more" page still on its way is dropped. */
export async function loadFirst(pages: NeedPages, signal: AbortSignal): Promise<Need[]> {
  pages.moreAbort?.abort();
  pages.moreAbort = undefined;
  pages.loadingMore = false;
  pages.moreError = undefined;
  const { requester, query } = pages.source;
  const page = await requester.send(listNeeds, { query }, { signal });
  pages.needs = page.data;
  pages.nextCursor = page.nextCursor;
  return page.data;
}

/**
 * Appends the next page (`NeedPages.more` has checked there is one and marked it loading). From
 * the button (`byButton`), focus moves to the first new card, so keyboard users read on where
 * the new ones start; from scrolling, focus stays where the resident is. Either way the live
 * region says how many were added. Resolves to whether a page was added.
 */
export async function loadMore(pages: NeedPages, byButton: boolean): Promise<boolean> {
  const { source } = pages;
  const controller = new AbortController();
  pages.moreAbort = controller;
  try {
    const query = { ...source.query, cursor: pages.nextCursor ?? undefined };
    const page = await source.requester.send(listNeeds, { query }, { signal: controller.signal });
    const known = new Set(pages.needs.map((need) => need.id));
    const added = page.data.filter((need) => !known.has(need.id));
    const first = pages.needs.length;
    pages.update(() => {
      pages.needs = [...pages.needs, ...added];
      pages.nextCursor = page.nextCursor;
      pages.loadingMore = false;
    });
    const count = new Intl.NumberFormat(source.locale).format(added.length);
    source.announce(fill(page.nextCursor ? source.ns.loaded : source.ns.loadedLast, { count }));
    if (byButton && added[0]) await focusCard(pages, added[0].id, first);
    return true;
  } catch (error) {
    if (controller.signal.aborted) return false;
    const failure =
      error instanceof WusheError
        ? error
        : new WusheError({ code: 'unknown_error', status: 0, message: String(error) });
    pages.update(() => (pages.moreError = failure));
    source.reportError(failure);
    return false;
  } finally {
    if (pages.moreAbort === controller) {
      pages.moreAbort = undefined;
      pages.update(() => (pages.loadingMore = false));
    }
  }
}

/** Focuses a card; a virtualized one is scrolled into the rendered range first. */
async function focusCard(pages: NeedPages, id: string, index: number): Promise<void> {
  await pages.host.updateComplete;
  const root = pages.host.renderRoot;
  const card = () => root.querySelector<HTMLElement>(`article[data-id="${id}"]`);
  const virtualizer = root.querySelector('lit-virtualizer');
  if (!card() && virtualizer) await pages.virtualTools?.reveal(virtualizer, index, card);
  card()?.focus();
}
