import type { WidgetTag } from './widgets.js';

/**
 * Every chunk each widget imports statically besides its own entry, as file names beside
 * `wushe.js` without `.js`, separated by spaces. The elements' build writes the real graph in
 * place of the placeholder string (`compactGraph` in `vite.config.ts`); unbuilt (tests, npm
 * users' bundlers) it stays empty and nothing is preloaded.
 */
const CHUNK_GRAPH = '__WUSHE_CHUNK_GRAPH__';

function chunkGraph(): Partial<Record<WidgetTag, string>> {
  try {
    return JSON.parse(CHUNK_GRAPH) as Partial<Record<WidgetTag, string>>;
  } catch {
    return {};
  }
}

const graph = chunkGraph();
const hinted = new Set<string>();

/**
 * Adds `<link rel="modulepreload">` for every chunk `tag` needs, so the browser fetches them all
 * at once instead of discovering them import by import (no waterfall deeper than two requests).
 * A link element, not a script: allowed under `script-src 'self'`.
 */
export function preloadChunks(tag: WidgetTag, base: string): void {
  for (const name of graph[tag]?.split(' ') ?? []) {
    const href = new URL(`${name}.js`, base).href;
    if (hinted.has(href)) continue;
    hinted.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
