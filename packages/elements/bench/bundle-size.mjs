// Gzipped size of each widget alone (with Lit, the SDK and the schemas it uses), of the provider,
// and of every widget together, against SPEC §8's budgets. `--check` exits 1 when one is over.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSizes, kB } from '../../../scripts/bundle-sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = { widget: 20 * 1024, all: 45 * 1024, donateButton: 8 * 1024 };

const components = readdirSync(`${root}/src/components`).filter((name) =>
  existsSync(`${root}/src/components/${name}/${name}.ts`),
);
const cases = Object.fromEntries(
  components.map((name) => [
    `<wushe-${name}>`,
    `export * from '${root}/src/components/${name}/${name}.ts';`,
  ]),
);
cases['every widget (dist/wushe.js entry)'] = `export * from '${root}/src/index.ts';`;
const sizes = await bundleSizes(root, cases);

let over = false;
const rows = {};
for (const [name, size] of Object.entries(sizes)) {
  const budget = name.startsWith('every')
    ? BUDGET.all
    : name === '<wushe-donate-button>'
      ? BUDGET.donateButton
      : BUDGET.widget;
  const ok = size.gzip <= budget;
  over ||= !ok;
  rows[name] = {
    gzip: kB(size.gzip),
    brotli: kB(size.brotli),
    budget: kB(budget),
    within: ok ? 'yes' : 'NO',
  };
}
console.table(rows);
if (process.argv.includes('--check') && over) {
  console.error('A bundle is over its SPEC §8 budget.');
  process.exit(1);
}
