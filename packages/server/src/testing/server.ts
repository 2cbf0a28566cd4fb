import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type AppOptions } from '../app.js';
import { DEMO_KEYS, seedDemo, seedDemoStaff } from '../seed/demo.js';
import { deriveSecrets } from '../services/secrets.js';
import { openTestDatabase } from './database.js';
import { callApi, type CallAnswer } from './requests.js';

export interface TestServerOptions {
  /** `pglite` (the default, in memory) or `postgres`: a throwaway database on WUSHE_TEST_DATABASE_URL. */
  readonly engine?: 'pglite' | 'postgres';
  /** `demo` (the default): the demo district (番禺区) with `DEMO_KEYS`; `none`: empty tables. */
  readonly seed?: 'demo' | 'none';
  /**
   * Also the demo's staff accounts (every role, password `DEMO_STAFF_PASSWORD`), as `npm start`
   * adds them. Off by default: hashing their password costs time most tests do not need.
   */
  readonly staff?: boolean;
  /**
   * A fixed clock: the demo seed's dates are relative to it and the app's `now` returns it, so
   * what the server answers is the same on every run (the SDK's recordings depend on it).
   */
  readonly now?: Date;
  /** Anything else `createApp` takes. Rate limits are off unless given here: every request of a test run comes from one client. */
  readonly app?: Partial<Omit<AppOptions, 'database' | 'secrets'>>;
}

/**
 * A real wushe server for tests: the app on a fresh database (in-memory PGlite unless the caller
 * asks for PostgreSQL) with the demo seed, listening on a random loopback port. Every harness that
 * needs a live server starts it here: the SDK's tests, the elements' test-runner plugin, the demo's
 * end-to-end tests.
 */
export async function startTestServer(options: TestServerOptions = {}) {
  const database = await openTestDatabase({ engine: options.engine });
  const { handle } = database;
  const { now } = options;
  const secrets = deriveSecrets('wushe-test-secret');
  if ((options.seed ?? 'demo') === 'demo') {
    await seedDemo(handle.db, now ? { now } : {});
    if (options.staff) await seedDemoStaff(handle.db, secrets, now);
  }
  const clock = now ? { now: () => new Date(now) } : {};
  const makeApp = () =>
    createApp({ database: handle, secrets, rateLimit: false, ...clock, ...options.app });
  let app = makeApp();
  let server: ServerType | undefined = await listen(app.fetch, 0);
  const port = (server.address() as AddressInfo).port;

  return {
    /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
    apiBase: `http://127.0.0.1:${port}`,
    /** The demo district's keys (meaningful with the demo seed). */
    keys: DEMO_KEYS,
    secrets,
    database: handle,
    db: handle.db,
    /** The app now serving (a new one after `start()`). */
    get app() {
      return app;
    },
    /** A call in process with `key` (the demo secret key by default); see `callApi`. */
    call<T = unknown>(
      method: string,
      path: string,
      body?: unknown,
      key: string = DEMO_KEYS.secret,
    ): Promise<CallAnswer<T>> {
      return callApi<T>(app, key, method, path, body);
    },
    /** Stops serving (ending live streams); `start()` serves again on the same port and database. */
    async stop() {
      if (!server) return;
      const stopping = server;
      server = undefined;
      await app.close();
      await new Promise((done) => {
        stopping.close(done);
        (stopping as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
    async start() {
      if (server) return;
      app = makeApp();
      server = await listen(app.fetch, port);
    },
    /** Stops serving and closes (on PostgreSQL, drops) the database. */
    async close() {
      await this.stop();
      await database.close();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, () => {
      resolve(server);
    });
  });
}
