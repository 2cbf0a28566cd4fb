// A real wushe server for the Chromium tests: in-memory PGlite with the demo district (番禺区),
// started with the test runner (PGlite costs ~3 s, more on a busy machine) and shared by every test file.
// Pages reach it with the demo publishable key (bound to any loopback origin); staff actions go
// through the `wushe-staff` command, so the secret key never enters a page.
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createApp, deriveSecrets, DEMO_KEYS, openDatabase, seedDemo } from '@wushe/server';
import { routes } from '@wushe/schema';

/** Whether the route at `method path` takes an Idempotency-Key: the server refuses one elsewhere. */
function takesIdempotencyKey(method, path) {
  const bare = path.split('?')[0];
  return Object.values(routes).some(
    (route) =>
      route.idempotency &&
      route.method === method &&
      new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(bare),
  );
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function realServerPlugin() {
  /** @type {Promise<{apiBase: string, app: {request: Function, close: () => Promise<void>}, close: () => Promise<void>}> | undefined} */
  let started;

  function start() {
    started ??= (async () => {
      const database = await openDatabase();
      await seedDemo(database.db);
      const app = createApp({
        database,
        secrets: deriveSecrets('elements-test-secret'),
        rateLimit: { burst: 10_000, perMinute: 60_000 },
      });
      const server = await new Promise((resolve) => {
        const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
          resolve(listening),
        );
      });
      return {
        apiBase: `http://127.0.0.1:${server.address().port}`,
        app,
        async close() {
          await app.close();
          await new Promise((done) => {
            server.close(done);
            server.closeAllConnections?.();
          });
          await database.close();
        },
      };
    })();
    return started;
  }

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
        const { apiBase } = await start();
        return { apiBase, publishableKey: DEMO_KEYS.publishable };
      }
      if (command === 'wushe-staff') {
        const { app } = await start();
        const { method = 'GET', path, body } = payload;
        const headers = { Authorization: `Bearer ${DEMO_KEYS.secret}` };
        if (body !== undefined) headers['Content-Type'] = 'application/json';
        if (takesIdempotencyKey(method, path)) headers['Idempotency-Key'] = randomUUID();
        const response = await app.request(path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : null };
      }
      return undefined;
    },
  };
}
