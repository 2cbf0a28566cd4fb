// The virtualized list's code, loaded once the list grows long (see `VIRTUALIZE_AFTER`).
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';

/**
 * lit-html 3.3.x's `repeat` leaves one empty end-marker comment (`<!---->`) behind for every
 * item it removes (lit/lit#4975 made `removePart` drop the start marker only). The virtualizer
 * removes the cards that scroll out of view, so after scrolling through 10,000 needs thousands
 * of such comments sit among its children; it walks them on every layout, and scrolling stalls
 * (long tasks of hundreds of milliseconds). This removes them after each range change.
 *
 * Only orphans go: empty comments after the virtualizer's own part marker (`<!--?lit$…$-->`)
 * with no element on either side. A live card's markers always touch its `<article>` (a card's
 * template is exactly one element), and the part markers before it are kept. Remove this once
 * lit-html removes the end marker itself.
 */
export function sweepOrphanMarkers(container: Element): void {
  let node = container.firstChild;
  while (node && !(node instanceof Comment && node.data.startsWith('?lit$'))) {
    node = node.nextSibling;
  }
  node = node?.nextSibling ?? null;
  while (node) {
    const next: ChildNode | null = node.nextSibling;
    if (
      node instanceof Comment &&
      node.data === '' &&
      !(node.previousSibling instanceof Element) &&
      !(next instanceof Element)
    ) {
      node.remove();
    }
    node = next;
  }
}

/**
 * Scrolls the `index`th item into the virtualizer's rendered range, until `card()` finds it: the
 * virtualizer takes new items and lays them out over the next frames.
 */
export async function reveal(
  virtualizer: LitVirtualizer,
  index: number,
  card: () => HTMLElement | null,
): Promise<void> {
  await virtualizer.updateComplete;
  let scrolled = false;
  for (let tries = 0; !card() && tries < 20; tries++) {
    const target: ReturnType<LitVirtualizer['element']> = scrolled
      ? undefined
      : virtualizer.element(index);
    target?.scrollIntoView({ block: 'start' });
    scrolled ||= Boolean(target);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
