// A real wushe server for the Chromium tests: @wushe/server/testing's starter (in-memory PGlite,
// the demo district 番禺区), started with the test runner (PGlite costs ~3 s, more on a busy
// machine) and shared by every test file. Pages reach it with the demo publishable key (bound to
// any loopback origin); staff actions go through the `wushe-staff` command, so the secret key never
// enters a page.
import { startTestServer } from '@wushe/server/testing';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function realServerPlugin() {
  /** @type {ReturnType<typeof startTestServer> | undefined} */
  let started;
  const start = () => (started ??= startTestServer());

  return {
    name: 'wushe-real-server',
    serverStart() {
      // Most test files use it: start now (not awaited), so the first test that asks rarely waits.
      void start();
    },
    async serverStop() {
      if (started) await (await started).close();
    },
    async executeCommand({ command, payload }) {
      if (command === 'wushe-server') {
        const { apiBase, keys } = await start();
        return { apiBase, publishableKey: keys.publishable };
      }
      if (command === 'wushe-staff') {
        const server = await start();
        const { method = 'GET', path, body } = payload;
        return server.call(method, path, body);
      }
      return undefined;
    },
  };
}
