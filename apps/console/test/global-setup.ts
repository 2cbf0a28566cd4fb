// One real wushe server (@wushe/server/testing: in-memory PGlite, the demo district with its
// staff accounts, a random loopback port) serving the built console at /console/.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';

export interface ConsoleStack {
  /** The API server, e.g. http://127.0.0.1:41234; the console is at `${api}/console/`. */
  readonly api: string;
  readonly publishableKey: string;
  readonly staffPassword: string;
  /** The demo secret key: for what a test sets up or checks from Node (the dev outbox). */
  readonly secretKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ConsoleStack;
  }
}

const dist = fileURLToPath(new URL('../dist', import.meta.url));
let server: TestServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${dist}/index.html`))
    throw new Error('apps/console/dist is missing: run `npm run build -w @wushe/console` first');
  // The dev outbox is served, as `npm start` does: a test reads an invite from it.
  server = await startTestServer({ staff: true, app: { consoleDir: dist, devRoutes: true } });
  project.provide('stack', {
    api: server.apiBase,
    publishableKey: server.keys.publishable,
    staffPassword: DEMO_STAFF_PASSWORD,
    secretKey: server.keys.secret,
  });
}

export async function teardown(): Promise<void> {
  await server?.close();
}
