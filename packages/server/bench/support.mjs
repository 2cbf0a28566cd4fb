// Shared by the benchmarks: start a server process, run the load generator, print tables.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort, startServerProcess } from '../dist/testing/process.js';

const LOAD = fileURLToPath(new URL('./load.mjs', import.meta.url));

// Starting and stopping server processes is shared with the tests (the three-process test).
export {
  freePort,
  SERVER_CLI as CLI,
  stopServerProcess as stopServer,
} from '../dist/testing/process.js';

/** Server processes a bench started and has not seen exit: killed when the bench exits. */
const running = new Set();
// A bench that fails between two starts (the second server never comes up, a load run throws)
// exits without reaching its `stopServer`: its servers must not outlive it.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A server process for a bench: as the tests start one, but given 5 minutes to come up, and
 * killed with the bench whatever way it exits.
 */
export async function startServer(options) {
  const server = await startServerProcess({ startTimeoutMs: 300_000, ...options });
  running.add(server.child);
  server.child.once('exit', () => running.delete(server.child));
  return server;
}

/** The load generator as a child process that can run while this one acts (kills the server). */
export function loadAsync(spec) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(JSON.stringify(spec));
    // Decoded as a stream: a character split between two chunks stays whole (bodies are Chinese).
    child.stdout.setEncoding('utf8');
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

/** A latency for a table; a round that completed nothing (a starved machine) has none. */
export const ms = (value) => (value == null ? 'none' : `${value.toFixed(2)} ms`);

/** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat's times. */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) used so far by the processes `pids` and all their descendants
 * (a server and its PostgreSQL backends), from /proc; 0 where /proc is absent. Unlike req/s on a
 * shared machine, CPU per request barely moves with what else runs: the benches print both.
 */
export function cpuMs(pids) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const stats = new Map();
  for (const pid of entries) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // exited meanwhile
    }
  }
  const wanted = new Set(pids.filter(Boolean));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, stat] of stats)
      if (!wanted.has(pid) && wanted.has(stat.ppid)) {
        wanted.add(pid);
        grew = true;
      }
  }
  let ticks = 0;
  for (const pid of wanted) ticks += stats.get(pid)?.ticks ?? 0;
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The bench cluster's postmaster (`withBenchPostgres` started it), whose backends do the SQL. */
export function postmasterPid() {
  const dir = process.env.WUSHE_BENCH_CLUSTER_DIR;
  if (!dir) return undefined;
  try {
    return Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

const PG_CLUSTER = fileURLToPath(new URL('../../../scripts/pg-cluster.sh', import.meta.url));

/**
 * Runs `measure` with `WUSHE_BENCH_DATABASE_URL` set: the server of `WUSHE_BENCH_DATABASE_URL` or
 * `WUSHE_TEST_DATABASE_URL` when given, otherwise a throwaway cluster (scripts/pg-cluster.sh) on a
 * free port, stopped and removed afterwards whatever happens — an interrupted bench too (Ctrl-C, a
 * timeout's SIGTERM). A fixed port failed on a shared machine: another bench held it, or a cluster
 * an interrupted run had left behind.
 */
export async function withBenchPostgres(name, measure) {
  let clusterDir;
  let url = process.env.WUSHE_BENCH_DATABASE_URL ?? process.env.WUSHE_TEST_DATABASE_URL;
  const stopCluster = () => {
    if (!clusterDir) return;
    spawnSync('bash', [PG_CLUSTER, 'stop', clusterDir], { stdio: 'inherit' });
    rmSync(clusterDir, { recursive: true, force: true });
    clusterDir = undefined;
    delete process.env.WUSHE_BENCH_CLUSTER_DIR;
  };
  const interrupted = (signal) => {
    stopCluster();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (!url) {
    clusterDir = mkdtempSync(`/tmp/wushe-${name}-pg-`);
    process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
    const started = spawnSync('bash', [PG_CLUSTER, 'start', clusterDir, String(await freePort())], {
      encoding: 'utf8',
    });
    if (started.status !== 0) {
      stopCluster();
      throw new Error(`no PostgreSQL: ${started.stderr.trim()}`);
    }
    url = started.stdout.trim();
  }
  process.env.WUSHE_BENCH_DATABASE_URL = url;
  if (clusterDir) process.env.WUSHE_BENCH_CLUSTER_DIR = clusterDir;
  try {
    return await measure();
  } finally {
    stopCluster();
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}
