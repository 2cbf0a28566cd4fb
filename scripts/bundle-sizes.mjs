// Weighs browser bundles: each case is an entry's source, built with vite (rolldown, minified,
// tree-shaken) inside `packageDir` so workspace imports resolve as an app's would, then every
// output chunk is gzipped (level 9) and brotli-compressed on its own, the way a server sends it.
// Shared by every package's size benchmark and the budget check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { schemaTreeshake } from './schema-treeshake.mjs';

/** Modules of translated strings: a chunk made only of these is a locale, loaded per language. */
const LOCALE_MODULE = /[\\/](strings|locales)[\\/][^\\/]+$/;

const weigh = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});
const sum = (chunks) =>
  chunks.reduce(
    (total, chunk) => ({
      min: total.min + chunk.min,
      gzip: total.gzip + chunk.gzip,
      brotli: total.brotli + chunk.brotli,
    }),
    { min: 0, gzip: 0, brotli: 0 },
  );

/** `from` and every chunk it imports statically, transitively: what loads together with it. */
function closure(byFile, from) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !byFile.has(file)) return;
    seen.add(file);
    for (const imported of byFile.get(file).imports) visit(imported);
  };
  for (const file of from) visit(file);
  return seen;
}

/**
 * Weighs rolldown output chunks. The first load is what `<script type="module">` costs (the entry
 * chunk and the chunks it imports statically). Everything else is lazy: `lazyCode` is what
 * `import()` of code loads (a dialog, a second form), `lazyLocales` the other languages' strings;
 * `onDemand` is what the first load's own code `import()`s pull in (e.g. a button's dialog),
 * with the chunks those import, but not what they in turn load lazily.
 */
function weighOutput(chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const weights = new Map(chunks.map((chunk) => [chunk.fileName, weigh(Buffer.from(chunk.code))]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const initial = closure(byFile, [entry.fileName]);
  const isLocale = (file) => byFile.get(file).moduleIds.every((id) => LOCALE_MODULE.test(id));
  const lazy = chunks.map((chunk) => chunk.fileName).filter((file) => !initial.has(file));
  const pick = (files) => sum([...files].map((file) => weights.get(file)));
  const firstImports = [
    ...new Set([...initial].flatMap((file) => byFile.get(file).dynamicImports)),
  ].filter((file) => !initial.has(file) && !isLocale(file));
  const afterFirst = (files) => [...closure(byFile, files)].filter((file) => !initial.has(file));
  return {
    ...pick(initial),
    initialFiles: [...initial],
    lazyCode: pick(lazy.filter((file) => !isLocale(file))),
    lazyLocales: pick(lazy.filter(isLocale)),
    lazyChunks: lazy.length,
    onDemand: {
      ...pick(afterFirst(firstImports)),
      imports: firstImports.map((file) => ({ file, modules: byFile.get(file).moduleIds })),
    },
  };
}

/**
 * Returns `{name: {min, gzip, brotli, lazyCode, lazyLocales, lazyChunks, onDemand}}` (bytes) for `cases` of
 * `{name: source}` or `{name: {configFile}}` (a package's own vite config, e.g. the one that
 * writes `dist/wushe.js`, built to memory instead). `min`/`gzip`/`brotli` are the first load.
 */
export async function bundleSizes(packageDir, cases) {
  const scratch = join(packageDir, 'bench', 'results');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, 'size-'));
  const sizes = {};
  try {
    for (const [name, source] of Object.entries(cases)) {
      let config;
      if (typeof source === 'string') {
        const entry = join(dir, 'entry.js');
        writeFileSync(entry, source);
        config = {
          configFile: false,
          build: {
            lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
            rolldownOptions: { output: { minify: true }, treeshake: schemaTreeshake },
            target: 'es2022',
          },
        };
      } else {
        config = { configFile: join(packageDir, source.configFile), build: {} };
      }
      const result = await build({
        ...config,
        root: packageDir,
        logLevel: 'silent',
        build: { ...config.build, write: false, outDir: join(dir, 'out'), emptyOutDir: false },
      });
      const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
      sizes[name] = weighOutput(output.filter((item) => item.type === 'chunk'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return sizes;
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** Prints first-load sizes as a table (kB), with what loads later where something does. */
export function printSizes(sizes) {
  console.table(
    Object.fromEntries(
      Object.entries(sizes).map(([name, size]) => [
        name,
        {
          min: kB(size.min),
          gzip: kB(size.gzip),
          brotli: kB(size.brotli),
          ...(size.lazyCode?.gzip ? { 'lazy code (gzip)': kB(size.lazyCode.gzip) } : {}),
        },
      ]),
    ),
  );
}
