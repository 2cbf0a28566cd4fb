import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { wusheBundle } from './build/wushe-bundle.js';
import { portalPages } from './build/portal-pages.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo site, in two halves:
 * - `portal/`: the portal's plain HTML pages, each only its own title, description and `<main>`,
 *   framed by `portal/layout.html` at build time (`portalPages()`) — they load only
 *   `/wushe/wushe.js`, which `wusheBundle()` copies from the elements' build;
 * - `site/`: the stylesheet, icon and the embedding proof pages, copied as they are (vite's
 *   public folder);
 * - `src/`: the pages that need a build — the React 19 and Vue 3 proof pages, which import the
 *   elements from npm the way an app would, and the portal's back office (`src/back-office/`),
 *   which embeds two staff widgets on a delegated session (served by server/back-office.mjs).
 */
export default defineConfig({
  root: here('src'),
  publicDir: here('site'),
  plugins: [
    react(),
    vue({
      // The wushe-* tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wushe-') } },
    }),
    wusheBundle(),
    portalPages(here('portal')),
  ],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // Pages must work under a strict CSP: no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: {
      input: {
        'back-office': here('src/back-office/index.html'),
        react: here('src/embed/react.html'),
        vue: here('src/embed/vue.html'),
      },
    },
  },
});
