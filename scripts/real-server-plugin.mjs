// A real wushe server for the widgets' Chromium tests (@wushe/elements, @wushe/staff-elements):
// @wushe/server/testing's starter (in-memory PGlite, the demo district 番禺区, and with `staff`
// its staff accounts), started with the test runner (PGlite costs ~3 s, more on a busy machine)
// and shared by every test file. Pages get its URL and the demo publishable key (bound to any
// loopback origin); secret-key calls, staff sign-ins and passwords stay in this process, so neither
// the secret key nor a password's check ever needs a page.
import { DEMO_STAFF_PASSWORD, demoTotpCode, startTestServer } from '@wushe/server/testing';

/**
 * @param {{ staff?: boolean }} [options] `staff`: seed the demo's staff accounts (scrypt work the
 *   resident widgets' tests do not need).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function realServerPlugin({ staff = false } = {}) {
  /** @type {ReturnType<typeof startTestServer> | undefined} */
  let started;
  // The dev routes serve the `log` notifier's outbox, where tests read residents' sign-in codes.
  const start = () => (started ??= startTestServer({ staff, app: { devRoutes: true } }));
  /** panyu.admin's session, signed in once. */
  let adminToken;

  /** The commands a test may send, by name. */
  const commands = {
    async 'wushe-server'() {
      const { apiBase, keys } = await start();
      return { apiBase, publishableKey: keys.publishable };
    },
    /** A call with the secret key (a staff action a test sets up). */
    async 'wushe-staff'({ method = 'GET', path, body }) {
      return (await start()).call(method, path, body);
    },
    /** A call with `key`: 'secret' (the default), 'publishable', or a staff token. */
    async 'wushe-call'({ method = 'GET', path, body, key = 'secret' }) {
      const server = await start();
      const bearer = key === 'secret' || key === 'publishable' ? server.keys[key] : key;
      return server.call(method, path, body, bearer);
    },
    'wushe-demo-password': () => DEMO_STAFF_PASSWORD,
    /**
     * A demo staff account's session token, signed in here. A district admin signs in with its
     * authenticator code once, and its token is kept: the server refuses a code used twice.
     */
    async 'wushe-staff-token'({ login }) {
      const admin = login === 'panyu.admin';
      if (admin && adminToken) return adminToken;
      const body = {
        login,
        password: DEMO_STAFF_PASSWORD,
        ...(admin ? { totp: demoTotpCode() } : {}),
      };
      const answer = await (await start()).call('POST', '/v1/staff/sign-in', body, '');
      if (answer.status !== 200) throw new Error(`sign-in: ${JSON.stringify(answer.body)}`);
      if (admin) adminToken = answer.body.session.token;
      return answer.body.session.token;
    },
  };

  return {
    name: 'wushe-real-server',
    serverStart() {
      // Most test files use it: start now (not awaited), so the first test that asks rarely waits.
      void start();
    },
    async serverStop() {
      if (started) await (await started).close();
    },
    executeCommand({ command, payload }) {
      return Object.hasOwn(commands, command) ? commands[command](payload ?? {}) : undefined;
    },
  };
}
