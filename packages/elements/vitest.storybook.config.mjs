// @ts-check
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm run test-storybook`: two projects.
 * - `storybook`: every story of .storybook/main.ts (`src/**\/*.stories.ts`, whoever adds one) runs
 *   as a test in Debian Chromium: it must render without an error, its `play` must pass, and the
 *   a11y addon's axe run must find no violation (`a11y: { test: 'error' }` in the preview).
 * - `docs`: custom-elements.json documents every element (test/manifest.test.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          storybookTest({
            configDir: fileURLToPath(new URL('../../.storybook', import.meta.url)),
            // Docs pages are for people; the tests only need the stories themselves.
            disableAddonDocs: true,
          }),
        ],
        // The web-components renderer imports `lit/directive-helpers.js`, which Vite would otherwise
        // serve unbundled: a second lit-html beside the pre-bundled one ("Multiple versions of Lit").
        // `uqr` is imported lazily (the donation QR code): found late, Vite would reload mid-run.
        // `lit/static-html.js` renders the staff stories' widgets (test/story-support.ts).
        optimizeDeps: { include: ['lit/directive-helpers.js', 'lit/static-html.js', 'uqr'] },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            // One page renders one story file after another: steadier on a 2-core runner.
            fileParallelism: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
          // A story waits for its widgets to settle (.storybook/settle.ts), then axe runs.
          testTimeout: 20_000,
        },
      },
      {
        root: here,
        test: { name: 'docs', environment: 'node', include: ['test/**/*.test.ts'] },
      },
    ],
  },
});
