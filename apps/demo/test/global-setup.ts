// One real wushe server (@wushe/server/testing: in-memory PGlite, the demo district, a random
// loopback port) and the demo portal's own server in front of it, for every end-to-end test file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startTestServer, type TestServer } from '@wushe/server/testing';
// @ts-expect-error: plain ESM module shared with `npm start`, without type declarations
import { startDemoServer } from '../server/demo-server.mjs';

export interface Stack {
  /** The demo portal, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly portal: string;
  /** The API server itself. */
  readonly api: string;
  readonly publishableKey: string;
  readonly secretKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: Stack;
  }
}

const dist = fileURLToPath(new URL('../dist', import.meta.url));
/** The built console, which wushe-server serves at /console/ as `npm start` does. */
const consoleDist = fileURLToPath(new URL('../../console/dist', import.meta.url));

let api: TestServer | undefined;
let portal: { url: string; close: () => Promise<void> } | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${consoleDist}/index.html`))
    throw new Error('apps/console/dist is missing: run `npm run build -w @wushe/console` first');
  // With the demo's staff accounts: the back office signs its staff in as them, and the console
  // (the footer's 工作人员入口) as `npm start` serves it; and the dev outbox (as `npm start`
  // serves it with the `log` notifier), where residents' sign-in codes go.
  api = await startTestServer({ staff: true, app: { devRoutes: true, consoleDir: consoleDist } });
  portal = (await startDemoServer({
    root: dist,
    apiBase: api.apiBase,
    secretKey: api.keys.secret,
  })) as { url: string; close: () => Promise<void> };
  project.provide('stack', {
    portal: portal.url,
    api: api.apiBase,
    publishableKey: api.keys.publishable,
    secretKey: api.keys.secret,
  });
}

export async function teardown(): Promise<void> {
  await portal?.close();
  await api?.close();
}
