import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** Relative imports in a built chunk: `import("./x.js")`, `from"./x.js"`, `import"./x.js"`. */
const RELATIVE_IMPORT = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'`](\.\/[^"'`]+?\.js)["'`]/g;

/**
 * The elements' self-contained bundle (`@wushe/elements` → `dist/wushe.js`) and the chunks it
 * loads lazily (locales, the donation dialog…), found by following its relative imports, so a
 * chunk added or renamed by the elements' build is never left behind.
 */
export function wusheBundleFiles(dist: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const pending = ['wushe.js'];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (files.has(name)) continue;
    const path = join(dist, name);
    if (!existsSync(path))
      throw new Error(
        `${path} is missing: build the elements first (npm run build -w @wushe/elements)`,
      );
    const source = readFileSync(path);
    files.set(name, source);
    for (const [, relative] of source.toString('utf8').matchAll(RELATIVE_IMPORT)) {
      pending.push(posix.normalize(posix.join(posix.dirname(name), relative!)));
    }
  }
  return files;
}

/** Where `@wushe/elements` keeps its build, as this package resolves it. */
export function elementsDist(): string {
  try {
    return dirname(createRequire(import.meta.url).resolve('@wushe/elements'));
  } catch {
    throw new Error('@wushe/elements is not built: run npm run build -w @wushe/elements');
  }
}

/**
 * Puts the wushe bundle at `/wushe/wushe.js` (and its chunks beside it) in the built site,
 * exactly as the elements' build wrote it: the portal's plain pages load it with one
 * `<script type="module">`, as a district's IT team would copy it to their web server.
 */
export function wusheBundle(): Plugin {
  return {
    name: 'wushe-bundle',
    apply: 'build',
    generateBundle() {
      for (const [name, source] of wusheBundleFiles(elementsDist())) {
        this.emitFile({ type: 'asset', fileName: `wushe/${name}`, source });
      }
    },
  };
}
