import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { realServerPlugin } from './test/real-server-plugin.mjs';

/**
 * The staff widgets' tests in Debian Chromium against a real server (test/real-server-plugin.mjs).
 * The root is the repository's, so the tests share @wushe/elements' DOM helpers (test/dom.ts).
 */
export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    realServerPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 15000 } },
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
};
