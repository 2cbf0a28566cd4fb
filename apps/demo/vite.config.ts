import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // The portal must work under a strict CSP: no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
