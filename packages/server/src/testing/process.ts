import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

/** The built `wushe-server` command (`npm run build` first): the same path from src/ and dist/. */
export const SERVER_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  /** e.g. `http://127.0.0.1:41234`. */
  readonly base: string;
  /** What the process wrote to stdout and stderr so far. */
  output(): string;
}

/**
 * Starts `wushe-server` (or another script taking `--port`) as a process of its own and resolves
 * once `/healthz` answers; fails with the process's output if it exits or does not come up in 60 s.
 */
export async function startServerProcess(options: {
  readonly port?: number;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly script?: string;
  /** Options for node itself, before the script (e.g. `--cpu-prof`). */
  readonly node?: readonly string[];
  /**
   * How long to wait for `/healthz`; 60 s by default. A benchmark's PGlite server opens (and
   * analyzes) 100,000 needs first, which took longer than that on a loaded machine.
   */
  readonly startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [
      ...(options.node ?? []),
      options.script ?? SERVER_CLI,
      '--port',
      String(port),
      ...(options.args ?? []),
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Decoded as streams: a Chinese character split between two chunks stays whole.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  let output = '';
  child.stdout.on('data', (chunk: string) => (output += chunk));
  child.stderr.on('data', (chunk: string) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base, output: () => output };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start: ${output}`);
}

/** Stops a server process (SIGTERM: a graceful shutdown) and waits until it has exited. */
export async function stopServerProcess(
  server: Pick<ServerProcess, 'child'>,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill(signal);
  await exited;
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}
