// Shared by the benchmarks: start a server process, run the load generator, print tables.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LOAD = fileURLToPath(new URL('./load.mjs', import.meta.url));

// Starting and stopping server processes is shared with the tests (the three-process test).
export {
  SERVER_CLI as CLI,
  startServerProcess as startServer,
  stopServerProcess as stopServer,
} from '../dist/testing/process.js';

/** The load generator as a child process that can run while this one acts (kills the server). */
export function loadAsync(spec) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(JSON.stringify(spec));
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load generator exited ${code}`)),
    );
  });
}

/** Runs the load generator in its own process and returns its figures. */
export function load(spec) {
  // The spec goes on stdin: a plan of thousands of steps is too long for a command line.
  const result = spawnSync(process.execPath, [LOAD], {
    input: JSON.stringify(spec),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`load generator failed: ${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Alternating rounds as one run: requests over the time they took; the slowest round's latencies. */
export function combine(rounds) {
  const count = rounds.reduce((sum, each) => sum + each.count, 0);
  const seconds = rounds.reduce((sum, each) => sum + each.count / each.perSecond, 0);
  const statuses = {};
  for (const each of rounds)
    for (const [status, n] of Object.entries(each.statuses))
      statuses[status] = (statuses[status] ?? 0) + n;
  const slowest = rounds.reduce((worst, each) => (each.p50 > worst.p50 ? each : worst));
  return { count, perSecond: count / seconds, p50: slowest.p50, p95: slowest.p95, statuses };
}

export const ms = (value) => `${value.toFixed(2)} ms`;
