// One real wushe server (the CLI, on in-memory PGlite with the demo district) and the demo
// portal's own server in front of it, for every end-to-end test file of the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { DEMO_KEYS } from '@wushe/server';
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

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = fileURLToPath(new URL('../dist', import.meta.url));

let api: ChildProcess | undefined;
let portal: { url: string; close: () => Promise<void> } | undefined;

export async function setup(project: TestProject): Promise<void> {
  const port = await freePort();
  const apiBase = `http://127.0.0.1:${port}`;
  let output = '';
  api = spawn(
    process.execPath,
    [
      'packages/server/dist/cli.js',
      '--memory',
      '--seed',
      'demo',
      '--port',
      String(port),
      // Every resident action of the run comes from one client: no bucket should run dry.
      '--rate-limit',
      'off',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await untilHealthy(`${apiBase}/healthz`, () => output);
  portal = (await startDemoServer({
    root: dist,
    apiBase,
    staffKey: DEMO_KEYS.secret,
  })) as { url: string; close: () => Promise<void> };
  project.provide('stack', {
    portal: portal.url,
    api: apiBase,
    publishableKey: DEMO_KEYS.publishable,
    secretKey: DEMO_KEYS.secret,
  });
}

export async function teardown(): Promise<void> {
  await portal?.close();
  if (api && api.exitCode === null) {
    const exited = new Promise((done) => api!.once('exit', done));
    api.kill('SIGTERM');
    await exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function untilHealthy(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api && api.exitCode !== null) throw new Error(`wushe-server exited early:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`wushe-server did not answer at ${url} within a minute:\n${log()}`);
}
