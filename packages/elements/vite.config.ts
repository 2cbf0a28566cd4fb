import { defineConfig } from 'vite';

/**
 * A lazy chunk is named after the module it loads, with its place in `src/`: the needs list's
 * claim dialog is `needs-list-dialogs-claim-<hash>.js`, the survey's English wording
 * `survey-strings-en-<hash>.js`, the shared English wording `locales-en-<hash>.js`.
 */
function chunkName(chunk: { name: string; facadeModuleId: string | null; moduleIds: string[] }) {
  const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
  // `needs-list/needs-list.component` is the needs list itself: `needs-list`.
  const path = /\/src\/(?:components\/)?(.+)\.ts$/
    .exec(id)?.[1]
    ?.replace(/^([^/]+)\/\1\b[^/]*$/, '$1');
  return `${path ? path.replaceAll('/', '-').replaceAll('.', '-') : chunk.name}-[hash].js`;
}

/**
 * The self-contained bundle for `<script type="module" src=".../wushe.js">`: every element, Lit,
 * the SDK and the schemas in one file. npm users import the per-element entries tsc writes.
 */
export default defineConfig({
  build: {
    emptyOutDir: false,
    outDir: 'dist',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'wushe.js' },
    rolldownOptions: { output: { minify: true, chunkFileNames: chunkName } },
    target: 'es2022',
  },
});
