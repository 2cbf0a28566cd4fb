// A real wushe server for the staff widgets' Chromium tests: @wushe/server/testing's starter
// (in-memory PGlite, the demo district 番禺区 with its staff accounts), shared by every test file.
// Pages get its URL; staff sessions and setup calls are made from this process, so neither the
// secret key nor a password's check ever needs a page.
import { DEMO_STAFF_PASSWORD, startTestServer } from '@wushe/server/testing';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function realServerPlugin() {
  /** @type {ReturnType<typeof startTestServer> | undefined} */
  let started;
  const start = () => (started ??= startTestServer({ staff: true }));

  return {
    name: 'wushe-real-server',
    serverStart() {
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
      if (command === 'wushe-call') {
        // `key`: 'secret' (the default), 'publishable', or a staff token.
        const server = await start();
        const { method = 'GET', path, body, key = 'secret' } = payload;
        const bearer = key === 'secret' || key === 'publishable' ? server.keys[key] : key;
        return server.call(method, path, body, bearer);
      }
      if (command === 'wushe-demo-password') return DEMO_STAFF_PASSWORD;
      if (command === 'wushe-staff-token') {
        const server = await start();
        const answer = await server.call(
          'POST',
          '/v1/staff/sign-in',
          { login: payload.login, password: DEMO_STAFF_PASSWORD },
          '',
        );
        if (answer.status !== 200) throw new Error(`sign-in: ${JSON.stringify(answer.body)}`);
        return answer.body.session.token;
      }
      return undefined;
    },
  };
}
