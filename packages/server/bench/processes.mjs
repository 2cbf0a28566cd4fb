// N processes as one (SPEC §14), measured; never a timed test.
// 1. What the shared rate limit costs: POST /v1/donations (a resident write, so every request
//    takes a token in the database) with `--rate-limit off` beside a limit that never refuses,
//    in alternating rounds of one run — from 1,000 clients (X-Forwarded-For through
//    --trust-proxy) and from one client (every request on one bucket row) — on PGlite and on
//    PostgreSQL.
// 2. 1 vs 3 processes on one PostgreSQL: the same load sent to one process, spread over three by
//    the client, and through the tests' round-robin balancer (one backend, then three).
// PostgreSQL: WUSHE_BENCH_DATABASE_URL or WUSHE_TEST_DATABASE_URL, else a throwaway cluster.
// Usage: node bench/processes.mjs [--pglite-only|--postgres-only] [--seconds N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBalancer } from '../dist/testing/balancer.js';
import { freePort } from '../dist/testing/process.js';
import { combine, loadAsync, ms, startServer, stopServer, withBenchPostgres } from './support.mjs';
import { databaseArgs, demoDonation, findDonatableFund } from './donation-support.mjs';
import { addToSummary } from '../../../scripts/bench-summary.mjs';

const { values } = parseArgs({
  options: {
    'pglite-only': { type: 'boolean' },
    'postgres-only': { type: 'boolean' },
    seconds: { type: 'string', default: '8' },
  },
});
const CONCURRENCY = 16;
const SECONDS = Number(values.seconds);
const ROUNDS = 4;
/** A limit that never refuses within a benchmark, so every request runs the limiter's statement. */
const NEVER_REFUSES = '100000000/100000000';
const CLIENTS = 1_000;

// The load generator runs as a process of its own, and asynchronously: the balancer lives in this one.
const run = (plan, seconds) =>
  loadAsync({ base: '', concurrency: CONCURRENCY, requests: 1_000_000, seconds, plan });

/** Donations to `bases` in turn, from `clients` addresses (X-Forwarded-For). */
function donations(bases, fund, clients) {
  const plan = [];
  for (let i = 0; i < Math.max(clients, bases.length); i++) {
    plan.push({
      method: 'POST',
      path: `${bases[i % bases.length]}/v1/donations`,
      headers: {
        Authorization: `Bearer ${fund.key}`,
        'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      },
      body: demoDonation(fund.id, '多进程压测'),
      idempotencyKey: 'unique',
    });
  }
  return plan;
}

/** Alternating rounds of each plan, so load that drifts on a shared machine hits all alike. */
async function alternate(plans) {
  const rounds = Object.fromEntries(Object.keys(plans).map((name) => [name, []]));
  for (let i = 0; i < ROUNDS; i++)
    for (const [name, plan] of Object.entries(plans))
      rounds[name].push(await run(plan, SECONDS / ROUNDS));
  return Object.fromEntries(Object.entries(rounds).map(([name, each]) => [name, combine(each)]));
}

/** Prints one side-by-side table; `headline` names the rows the one-run summary keeps. */
function table(title, figures, baseline, headline = {}) {
  console.log(`\n${title}`);
  const share = (name) => (100 * figures[name].perSecond) / figures[baseline].perSecond;
  for (const [name, { what, where }] of Object.entries(headline))
    addToSummary({
      what,
      where,
      value: `${share(name).toFixed(1)}% of ${baseline}`,
      detail: `${figures[name].perSecond.toFixed(0)} vs ${figures[baseline].perSecond.toFixed(0)} req/s; ${JSON.stringify(figures[name].statuses)}`,
    });
  console.table(
    Object.fromEntries(
      Object.entries(figures).map(([name, f]) => [
        name,
        {
          'req/s': f.perSecond.toFixed(0),
          [`vs ${baseline}`]: `${share(name).toFixed(1)}%`,
          'p50 (slowest round)': ms(f.p50),
          statuses: JSON.stringify(f.statuses),
        },
      ]),
    ),
  );
}

/** Part 1: the limiter's cost on one database, each side a server of its own. */
async function limiterCost(postgres) {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'wushe-processes-')));
  const database = await databaseArgs(postgres, dirs[0]);
  const serve = (limit, dir) =>
    freePort().then((port) =>
      startServer({
        port,
        args: [
          ...(postgres ? [] : ['--data', dir]),
          '--seed',
          'demo',
          '--trust-proxy',
          '127.0.0.1',
          '--rate-limit',
          limit,
        ],
        env: database.env,
      }),
    );
  // On PostgreSQL both share the database (seeded once, by the first); PGlite has one per process.
  const off = await serve('off', dirs[0]);
  const on = await serve(NEVER_REFUSES, dirs[1]).catch(async (error) => {
    await stopServer(off);
    throw error;
  });
  try {
    const fund = await findDonatableFund(off.base);
    await run(donations([off.base], fund, 1), 1);
    await run(donations([on.base], fund, 1), 1);
    const figures = await alternate({
      'limit off': donations([off.base], fund, CLIENTS),
      [`limit on, ${CLIENTS} clients`]: donations([on.base], fund, CLIENTS),
      'limit on, 1 client': donations([on.base], fund, 1),
    });
    table(
      `POST /v1/donations with the shared rate limit vs without, ${database.label}, ${CONCURRENCY} concurrent, ${ROUNDS} alternating rounds, ≤ ${SECONDS} s each`,
      figures,
      'limit off',
      {
        [`limit on, ${CLIENTS} clients`]: {
          what: `POST /v1/donations with the shared rate limit (${CLIENTS} clients)`,
          where: database.label,
        },
        'limit on, 1 client': {
          what: 'POST /v1/donations with the shared rate limit (1 client, one bucket)',
          where: database.label,
        },
      },
    );
  } finally {
    await stopServer(off);
    await stopServer(on);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** Part 2: one process against three, on one PostgreSQL. */
async function oneVersusThree() {
  const database = await databaseArgs(true);
  const args = ['--trust-proxy', '127.0.0.1', '--rate-limit', NEVER_REFUSES];
  const first = await startServer({
    port: await freePort(),
    args: [...args, '--seed', 'demo'],
    env: database.env,
  });
  const servers = [first];
  try {
    for (let i = 1; i < 3; i++)
      servers.push(await startServer({ port: await freePort(), args, env: database.env }));
  } catch (error) {
    await Promise.all(servers.map((server) => stopServer(server)));
    throw error;
  }
  const bases = servers.map((server) => server.base);
  const single = await startBalancer(bases.slice(0, 1));
  const triple = await startBalancer(bases);
  try {
    const fund = await findDonatableFund(first.base);
    const needs = (targets) =>
      targets.map((base) => ({
        method: 'GET',
        path: `${base}/v1/needs?limit=20`,
        headers: { Authorization: `Bearer ${fund.key}` },
      }));
    await run(donations(bases, fund, CLIENTS), 1);
    const writes = await alternate({
      '1 process': donations(bases.slice(0, 1), fund, CLIENTS),
      '3 processes (client round-robin)': donations(bases, fund, CLIENTS),
      '1 process via balancer': donations([single.base], fund, CLIENTS),
      '3 processes via balancer': donations([triple.base], fund, CLIENTS),
    });
    table(
      `POST /v1/donations, 1 vs 3 processes on one PostgreSQL, ${CONCURRENCY} concurrent, ${CLIENTS} clients`,
      writes,
      '1 process',
      {
        '3 processes via balancer': {
          what: 'POST /v1/donations, 3 processes behind the balancer',
          where: 'PostgreSQL',
        },
      },
    );
    const reads = await alternate({
      '1 process': needs(bases.slice(0, 1)),
      '3 processes (client round-robin)': needs(bases),
      '1 process via balancer': needs([single.base]),
      '3 processes via balancer': needs([triple.base]),
    });
    table(
      `GET /v1/needs?limit=20, 1 vs 3 processes on one PostgreSQL, ${CONCURRENCY} concurrent`,
      reads,
      '1 process',
      {
        '3 processes via balancer': {
          what: 'GET /v1/needs, 3 processes behind the balancer',
          where: 'PostgreSQL',
        },
      },
    );
  } finally {
    await single.close();
    await triple.close();
    await Promise.all(servers.map((server) => stopServer(server)));
  }
}

if (!values['postgres-only']) await limiterCost(false);
if (!values['pglite-only']) {
  await withBenchPostgres('processes', async () => {
    await limiterCost(true);
    await oneVersusThree();
  });
}
