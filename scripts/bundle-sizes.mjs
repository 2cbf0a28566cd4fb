// Weighs browser bundles: each case is an entry's source, built with vite (rolldown, minified,
// tree-shaken) inside `packageDir` so workspace imports resolve as an app's would, then gzipped
// (level 9) and brotli-compressed. Shared by every package's size benchmark and the budget check.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Returns `{name: {min, gzip, brotli}}` in bytes, for `cases` of `{name: source}`. */
export async function bundleSizes(packageDir, cases) {
  const scratch = join(packageDir, 'bench', 'results');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, 'size-'));
  const sizes = {};
  try {
    for (const [name, source] of Object.entries(cases)) {
      const entry = join(dir, 'entry.js');
      writeFileSync(entry, source);
      const outDir = join(dir, 'out');
      await build({
        root: packageDir,
        logLevel: 'silent',
        configFile: false,
        build: {
          outDir,
          emptyOutDir: true,
          lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
          rolldownOptions: { output: { minify: true } },
          target: 'es2022',
        },
      });
      // The entry itself: lazily loaded chunks (other locales) are not part of the first load.
      const code = readFileSync(join(outDir, 'bundle.js'));
      sizes[name] = {
        min: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code).length,
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return sizes;
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Prints sizes as a table (kB). */
export function printSizes(sizes) {
  console.table(
    Object.fromEntries(
      Object.entries(sizes).map(([name, size]) => [
        name,
        { min: kB(size.min), gzip: kB(size.gzip), brotli: kB(size.brotli) },
      ]),
    ),
  );
}
