// What each widget costs a page, against SPEC §8's budgets: one table, gzip and brotli.
// - `<wushe-x>`: `src/components/x/x.ts` alone, with Lit, the SDK and the schemas it uses — the
//   first load (entry + the chunks it imports statically); what it loads later is shown beside it.
// - `<wushe-donate-button>` before it is clicked, the chunk(s) a click loads (its dialog), and both.
// - `dist/wushe.js`, the script-tag loader, as built: alone, and with each widget's chunks as the
//   loader preloads them (read from the chunk graph the build wrote into it), a resident widget
//   with the provider's: what a page with one widget pays until it is usable. (The static graph:
//   the Chromium bench, `node bench/widget-loading.mjs` of @wushe/demo, measures what a page
//   really fetches, and checks the same budgets.)
// `node bench/bundle-size.mjs --check` exits 1 when one is over budget (CI: `turbo run size`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { bundleSizes, kB } from '../../../scripts/bundle-sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * SPEC §8, gzipped. A button plus its dialog is "a widget alone", so 20 kB after the click too.
 * Through `wushe.js` (issue "Performance and scale"), as the Chromium bench measures a page until
 * the widget is usable (`npm run bench:loading -w @wushe/demo`, which CI runs with `--check`): the
 * donate button ≤ 10 kB before its click; a resident widget with the provider ≤ 30 kB, its chunk
 * graph being what it needs at once (its static imports and what it imports lazily at once: its
 * calls, its first screen's parts; see `vite.config.ts`), measured 19.7–29.8 kB in Chromium. Every
 * widget's first screen on one page, sixteen of them: ≤ 96 kB (90.4 kB with my needs and my
 * donations; the graphs include their first screens' parts since the loader preloads them).
 */
const BUDGET = {
  widget: 20 * 1024,
  donateButton: 8 * 1024,
  loader: 1.5 * 1024,
  donateButtonViaLoader: 10 * 1024,
  widgetViaLoader: 30 * 1024,
  all: 96 * 1024,
};
const DONATE_BUTTON = 'donate-button';
const PROVIDER = 'provider';
const LOADER = 'dist/wushe.js';

const components = readdirSync(`${root}/src/components`).filter((name) =>
  existsSync(`${root}/src/components/${name}/${name}.ts`),
);
const cases = Object.fromEntries(
  components.map((name) => [name, `export * from '${root}/src/components/${name}/${name}.ts';`]),
);
const sizes = await bundleSizes(root, cases);

const rows = {};
const problems = [];
/** One line of the table; `budget` undefined for figures SPEC §8 doesn't bound. */
function row(label, size, budget, extra = {}) {
  const within = budget === undefined ? '' : size.gzip <= budget ? 'yes' : 'NO';
  if (within === 'NO') problems.push(`${label}: ${kB(size.gzip)} gzip > ${kB(budget)}`);
  rows[label] = {
    gzip: kB(size.gzip),
    brotli: kB(size.brotli),
    'budget (gzip)': budget === undefined ? '' : kB(budget),
    within,
    ...extra,
  };
}
const later = (size) => {
  const bytes = size.lazyCode.gzip + size.lazyLocales.gzip;
  return { 'later, lazy (gzip)': bytes ? kB(bytes) : '' };
};

for (const name of components) {
  const size = sizes[name];
  if (name !== DONATE_BUTTON) {
    row(`<wushe-${name}>`, size, BUDGET.widget, later(size));
    continue;
  }
  row(`<wushe-${name}> before click`, size, BUDGET.donateButton, later(size));
  const { onDemand } = size;
  if (onDemand.imports.length === 0) {
    problems.push(`<wushe-${name}> loads no dialog chunk on click: is the dialog imported lazily?`);
  }
  row(`<wushe-${name}> dialog chunk (on click)`, onDemand, undefined, {
    'later, lazy (gzip)': `${onDemand.imports.length} import()`,
  });
  row(
    `<wushe-${name}> after click`,
    {
      gzip: size.gzip + onDemand.gzip,
      brotli: size.brotli + onDemand.brotli,
    },
    BUDGET.widget,
  );
}
if (!components.includes(DONATE_BUTTON)) {
  problems.push(`no src/components/${DONATE_BUTTON}/${DONATE_BUTTON}.ts: SPEC §8 budgets it`);
}

/** Gzip and brotli of files in dist/, each on its own as a server sends it. */
const weighFiles = (files) =>
  files.reduce(
    (total, file) => {
      const code = readFileSync(`${root}/dist/${file}`);
      return {
        gzip: total.gzip + gzipSync(code, { level: 9 }).length,
        brotli: total.brotli + brotliCompressSync(code).length,
      };
    },
    { gzip: 0, brotli: 0 },
  );
const loaderCode = readFileSync(`${root}/${LOADER}`, 'utf8');
/** The loader's graph (`compactGraph` in vite.config.ts): tag → every file of its first load. */
const graph = Object.fromEntries(
  Object.entries(JSON.parse(/'(\{"wushe-[^']*\})'/.exec(loaderCode)?.[1] ?? '{}')).map(
    ([tag, names]) => [tag, [`${tag}.js`, ...names.split(' ').map((name) => `${name}.js`)]],
  ),
);
row(`${LOADER} (the loader alone)`, weighFiles(['wushe.js']), BUDGET.loader);
for (const name of components) {
  const files = graph[`wushe-${name}`];
  if (!files) {
    problems.push(`${LOADER} has no chunk graph for <wushe-${name}>: was it built?`);
    continue;
  }
  if (name === PROVIDER) row(`<wushe-${name}> via ${LOADER}`, weighFiles(['wushe.js', ...files]));
  else if (name === DONATE_BUTTON) {
    const size = weighFiles(['wushe.js', ...files]);
    row(`<wushe-${name}> before click via ${LOADER}`, size, BUDGET.donateButtonViaLoader);
  } else {
    // In a `<wushe-provider>`, as the guides show it.
    const withProvider = new Set(['wushe.js', ...(graph[`wushe-${PROVIDER}`] ?? []), ...files]);
    const size = weighFiles([...withProvider]);
    row(`<wushe-${name}> with the provider via ${LOADER}`, size, BUDGET.widgetViaLoader);
  }
}
const everyFile = [...new Set(Object.values(graph).flat())];
row(`every widget via ${LOADER}`, weighFiles(['wushe.js', ...everyFile]), BUDGET.all, {
  'later, lazy (gzip)': `${everyFile.length + 1} files`,
});

console.table(rows);
if (problems.length > 0) {
  console.error(`Over SPEC §8 budgets or incomplete:\n  ${problems.join('\n  ')}`);
  if (process.argv.includes('--check')) process.exit(1);
}
