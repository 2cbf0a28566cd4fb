import type { WidgetTag } from './widgets.js';

/**
 * Each widget's chunk and every chunk it imports statically, as file names beside `wushe.js`.
 * The elements' build writes the real graph in place of the placeholder string (see
 * `vite.config.ts`); unbuilt (tests, npm users' bundlers) it stays empty and nothing is preloaded.
 */
const CHUNK_GRAPH = '__WUSHE_CHUNK_GRAPH__';

function chunkGraph(): Partial<Record<WidgetTag, readonly string[]>> {
  try {
    return JSON.parse(CHUNK_GRAPH) as Partial<Record<WidgetTag, string[]>>;
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
  for (const file of graph[tag] ?? []) {
    const href = new URL(file, base).href;
    if (hinted.has(href)) continue;
    hinted.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
