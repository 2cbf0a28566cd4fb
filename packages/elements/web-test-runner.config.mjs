import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { realServerPlugin } from './test/real-server-plugin.mjs';

/**
 * The SDK's recordings (`@wushe/sdk/recordings/*.json`) as JavaScript modules: esbuild drops the
 * `with { type: 'json' }` attribute for the es2022 target, so the browser would get JSON as script.
 */
const recordingsAsModules = {
  name: 'wushe-recordings',
  resolveMimeType(context) {
    if (context.path.includes('/recordings/') && context.path.endsWith('.json')) return 'js';
    return undefined;
  },
  transform(context) {
    if (context.path.includes('/recordings/') && context.path.endsWith('.json')) {
      return { body: `export default ${context.body};` };
    }
    return undefined;
  },
};

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    realServerPlugin(),
    recordingsAsModules,
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
  testFramework: { config: { timeout: 10000 } },
  // CI runs the other packages' tests beside these on two cores: Chromium may start slowly.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
};
