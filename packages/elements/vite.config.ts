import { defineConfig } from 'vite';

/**
 * The self-contained bundle for `<script type="module" src=".../wushe.js">`: every element, Lit,
 * the SDK and the schemas in one file. npm users import the per-element entries tsc writes.
 */
export default defineConfig({
  build: {
    emptyOutDir: false,
    outDir: 'dist',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'wushe.js' },
    rolldownOptions: { output: { minify: true } },
    target: 'es2022',
  },
});
