// The web-test-runner configuration the widget packages share: their tests in Debian Chromium
// (scripts/chromium.mjs), TypeScript through esbuild with the package's tsconfig, and a real
// wushe server (scripts/real-server-plugin.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { realServerPlugin } from './real-server-plugin.mjs';

/**
 * @param {{
 *   tsconfig: string,
 *   staff?: boolean,
 *   plugins?: import('@web/test-runner').TestRunnerPlugin[],
 *   timeout?: number,
 *   rootDir?: string,
 * }} options `tsconfig`: the package's (a path); `staff`: seed the demo's staff accounts;
 *   `plugins`: more, before esbuild's; `timeout`: of one test, in ms.
 */
export function widgetTestConfig({
  tsconfig,
  staff = false,
  plugins = [],
  timeout = 10_000,
  rootDir,
}) {
  return {
    ...(rootDir ? { rootDir } : {}),
    files: ['src/**/*.test.ts'],
    nodeResolve: { exportConditions: ['browser', 'production'] },
    plugins: [
      realServerPlugin({ staff }),
      ...plugins,
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
    ],
    browsers: [
      playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
      }),
    ],
    testFramework: { config: { timeout } },
    // CI runs the other packages' tests beside these on two cores: Chromium may start slowly.
    browserStartTimeout: 120_000,
    testsStartTimeout: 120_000,
  };
}
