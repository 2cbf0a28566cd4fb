// What each widget costs a page, against SPEC §8's budgets: one table, gzip and brotli.
// - `<wushe-x>`: `src/components/x/x.ts` alone, with Lit, the SDK and the schemas it uses — the
//   first load (entry + the chunks it imports statically); what it loads later is shown beside it.
// - `<wushe-donate-button>` before it is clicked, the chunk(s) a click loads (its dialog), and both.
// - `dist/wushe.js`: every widget in the script-tag bundle, built with the package's vite config,
//   and the total of its lazy chunks (dialogs, secondary forms, other languages).
// `node bench/bundle-size.mjs --check` exits 1 when one is over budget (CI: `turbo run size`).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSizes, kB } from '../../../scripts/bundle-sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** SPEC §8, gzipped. A button plus its dialog is "a widget alone", so 20 kB after the click too. */
const BUDGET = { widget: 20 * 1024, donateButton: 8 * 1024, all: 45 * 1024 };
const DONATE_BUTTON = 'donate-button';
const ALL = 'dist/wushe.js';

const components = readdirSync(`${root}/src/components`).filter((name) =>
  existsSync(`${root}/src/components/${name}/${name}.ts`),
);
const cases = Object.fromEntries(
  components.map((name) => [name, `export * from '${root}/src/components/${name}/${name}.ts';`]),
);
cases[ALL] = { configFile: 'vite.config.ts' };
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
const all = sizes[ALL];
row(`${ALL} (every widget)`, all, BUDGET.all, later(all));
row(
  `${ALL} lazy chunks (total)`,
  {
    gzip: all.lazyCode.gzip + all.lazyLocales.gzip,
    brotli: all.lazyCode.brotli + all.lazyLocales.brotli,
  },
  undefined,
  { 'later, lazy (gzip)': `${all.lazyChunks} chunks` },
);

console.table(rows);
if (problems.length > 0) {
  console.error(`Over SPEC §8 budgets or incomplete:\n  ${problems.join('\n  ')}`);
  if (process.argv.includes('--check')) process.exit(1);
}
