// One self-contained file per widget, for partners who want a single `<script type="module">` and
// no chunks beside it: `dist/standalone/wushe-<name>.js` defines `<wushe-<name>>` with everything
// it may ever load (its dialogs, forms and other languages) inlined. Larger than the loader's
// first load (`dist/wushe.js`), which fetches those parts only when they are used.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const components = readdirSync(`${root}src/components`).filter((name) =>
  existsSync(`${root}src/components/${name}/${name}.ts`),
);

for (const name of components) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      emptyOutDir: false,
      outDir: 'dist/standalone',
      lib: {
        entry: `src/components/${name}/${name}.ts`,
        formats: ['es'],
        fileName: () => `wushe-${name}.js`,
      },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
      target: 'es2022',
    },
  });
}
console.log(`dist/standalone: ${components.map((name) => `wushe-${name}.js`).join(', ')}`);
