import { preloadChunks } from './loader/preload.js';
import { PROVIDER_TAG, type WidgetTag, widgetModules } from './loader/widgets.js';

/**
 * `wushe.js`: the script-tag entry. It defines only the widgets the page uses: when a `wushe-*`
 * tag is in the page, or added later (a framework rendering it, a CMS block), it preloads that
 * widget's chunks and imports the module that defines it. Widgets that show other widgets inside
 * their shadow root (the donate button's dialog) import those themselves.
 */
const TAGS = Object.keys(widgetModules) as WidgetTag[];
const SELECTOR = TAGS.join(',');
const requested = new Map<WidgetTag, Promise<unknown>>();
let providerDefined: Promise<unknown> = Promise.resolve();

function load(tag: WidgetTag): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  preloadChunks(tag, import.meta.url);
  const importer: () => Promise<unknown> = widgetModules[tag];
  // The provider first: its chunks are preloaded alongside, so waiting costs no extra round trip.
  const loading = tag === PROVIDER_TAG ? importer() : providerDefined.then(() => importer());
  if (tag === PROVIDER_TAG) providerDefined = loading.catch(() => undefined);
  requested.set(
    tag,
    loading.catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[wushe] <${tag}> could not be loaded`, error);
    }),
  );
}

function isWidgetTag(name: string): name is WidgetTag {
  return Object.hasOwn(widgetModules, name);
}

/** Loads every widget in `root` (itself included), the provider first. */
function scan(root: Document | Element): void {
  const found = new Set<WidgetTag>();
  if (root instanceof Element && isWidgetTag(root.localName)) found.add(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) {
    if (isWidgetTag(element.localName)) found.add(element.localName);
  }
  if (found.delete(PROVIDER_TAG)) load(PROVIDER_TAG);
  for (const tag of found) load(tag);
}

scan(document);
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) scan(node);
    }
  }
  if (TAGS.every((tag) => requested.has(tag))) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });

/** Resolves when `tag` is defined, loading it now if the page has not shown it yet. */
export function whenDefined(tag: WidgetTag): Promise<CustomElementConstructor> {
  load(tag);
  return customElements.whenDefined(tag);
}
