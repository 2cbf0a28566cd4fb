import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The console, built for `wushe-server --console apps/console/dist`, which serves it at
 * `/console/` on the API's origin under a strict CSP: no inline script (no module-preload
 * polyfill), hashed assets under `assets/`. Each screen's widgets are their own chunks, loaded
 * when the screen first shows (see size.mjs for what each screen downloads).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: { output: { minify: true } },
  },
});
