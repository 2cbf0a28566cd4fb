// The resident writes on the one-statement path — `POST /v1/donations`, `POST /v1/needs` and
// `POST /v1/calls/{id}/votes` —
// each against its floor, a bare Hono route committing one INSERT of a like row on the same
// database, in one run, on PGlite and on PostgreSQL (WUSHE_BENCH_DATABASE_URL or
// WUSHE_TEST_DATABASE_URL when set, otherwise a throwaway cluster from scripts/pg-cluster.sh).
// Same load for both: 16 concurrent, a fresh Idempotency-Key per request (as the widgets send),
// bounded in time and count, loopback only. Afterwards the rows in the database are counted
// against the 2xx answers, and 300 keys sent 3 times at once must make exactly 300 rows.
// Usage: node bench/writes-floor.mjs [--pglite-only|--postgres-only] [--seconds N] [--write donations|needs|votes]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  combine,
  cpuMs,
  load,
  ms,
  postmasterPid,
  startServer,
  stopServer,
  withBenchPostgres,
} from './support.mjs';
import {
  countDonations,
  countNeeds,
  countVotes,
  databaseArgs,
  demoDonation,
  demoNeed,
  findDonatableFund,
  findOpenCall,
} from './donation-support.mjs';
import { addToSummary } from '../../../scripts/bench-summary.mjs';

const { values } = parseArgs({
  options: {
    'pglite-only': { type: 'boolean' },
    'postgres-only': { type: 'boolean' },
    seconds: { type: 'string', default: '12' },
    write: { type: 'string', multiple: true },
  },
});
const CONCURRENCY = 16;
const REQUESTS = 20_000;
const SECONDS = Number(values.seconds);
const ROUNDS = 4;
const TARGET = 60;
const floorScript = fileURLToPath(new URL('./floor-server.mjs', import.meta.url));

/**
 * The writes measured: the route, its body carrying a marker (and `unique`, distinct for each
 * write meant to succeed, where the rule allows one per person), how the rows are counted.
 */
const WRITES = {
  donations: {
    route: 'POST /v1/donations',
    path: () => '/v1/donations',
    body: ({ fund }, marker) => demoDonation(fund.id, marker),
    idOf: (answer) => answer.donation.id,
    count: countDonations,
  },
  needs: {
    route: 'POST /v1/needs',
    path: () => '/v1/needs',
    body: (_target, marker) => demoNeed(marker),
    idOf: (answer) => answer.id,
    count: countNeeds,
  },
  // 一户一票: each vote a household of its own (its respondent token), so a plan of distinct ones.
  votes: {
    route: 'POST /v1/calls/{id}/votes',
    path: ({ call }) => `/v1/calls/${call.id}/votes`,
    body: ({ call }, marker, unique) => ({
      proposalId: call.proposalId,
      respondentToken: `${marker}-${unique}`,
    }),
    distinct: 8_000,
    // A vote has no id of its own: the race is checked by the rows alone.
    idOf: undefined,
    count: countVotes,
  },
};
const chosen = values.write ?? Object.keys(WRITES);
for (const name of chosen)
  if (!WRITES[name]) throw new Error(`--write takes ${Object.keys(WRITES)}`);

/** One write on one database: the API and the floor in alternating rounds, then a race of keys. */
function measureWrite(write, { api, floor, target, postgres, label }) {
  const step = (marker, unique = '', idempotencyKey = 'unique') => ({
    method: 'POST',
    path: write.path(target),
    headers: { Authorization: `Bearer ${target.fund.key}` },
    body: write.body(target, marker, unique),
    idempotencyKey,
  });
  /** A round's plan: one step again and again, or distinct ones where each person writes once. */
  const planOf = (marker, round) =>
    write.distinct
      ? Array.from({ length: write.distinct }, (_, i) => step(marker, `${round}-${i}`))
      : [step(marker)];
  const run = (base, plan, requests = REQUESTS, seconds = SECONDS) =>
    load({ base, concurrency: CONCURRENCY, requests, seconds, plan });
  // CPU of the server process and the database's (PGlite runs inside the server) per request.
  const database = postgres ? postmasterPid() : undefined;
  const cpu = { api: 0, floor: 0 };
  let measuredRounds = 0;
  const measured = (side, server, marker) => {
    const plan = planOf(marker, `${side}-${measuredRounds++}`);
    const before = cpuMs([server.child.pid, database]);
    const figures = run(server.base, plan, REQUESTS, SECONDS / ROUNDS);
    cpu[side] += cpuMs([server.child.pid, database]) - before;
    return figures;
  };

  const marker = `floor-bench-${process.pid}-${label}`;
  run(floor.base, planOf('warm-up', 'floor'), 400, 0);
  run(api.base, planOf('warm-up', 'api'), 400, 0);
  // The rows of the rounds are those written between these instants (votes carry no marker).
  const roundsFrom = new Date();
  // Short alternating rounds: on a shared machine, load that drifts hits both sides alike.
  const each = [];
  for (let i = 0; i < ROUNDS; i++) {
    const floorRound = measured('floor', floor, marker);
    const apiRound = measured('api', api, marker);
    each.push({ floorRound, apiRound });
  }
  const floorFigures = combine(each.map((round) => round.floorRound));
  const apiFigures = combine(each.map((round) => round.apiRound));
  const raceFrom = new Date();

  const triple = [];
  const raceMarker = `${marker}-race`;
  const prefix = `race-${write.route.split('/').at(-1)}-${process.pid}`;
  for (let i = 0; i < 300; i++)
    for (let j = 0; j < 3; j++) triple.push(step(raceMarker, `race-${i}`, `fixed:${prefix}-${i}`));
  const raced = load({
    base: api.base,
    concurrency: 30,
    requests: triple.length,
    plan: triple,
    keepBodies: true,
  });
  return {
    write,
    label,
    apiFigures,
    floorFigures,
    cpuPerRequest: {
      api: cpu.api / apiFigures.count,
      floor: cpu.floor / floorFigures.count,
      database: postgres
        ? database
          ? 'server + PostgreSQL'
          : 'server only'
        : 'server (PGlite in it)',
    },
    rows: { marker, from: roundsFrom, to: raceFrom },
    raceRows: { marker: raceMarker, from: raceFrom, to: new Date() },
    raced,
    raceIds: write.idOf && new Set(raced.bodies.map((text) => write.idOf(JSON.parse(text)))),
    answered: apiFigures.statuses['201'] ?? 0,
  };
}

/** One database: each write against its floor, then the rows counted. */
async function measure(postgres, dir) {
  const { args, env, label, url } = await databaseArgs(postgres, dir);
  const api = await startServer({
    args: [...args, '--seed', 'demo', '--rate-limit', 'off'],
    env,
  });
  const floor = await startServer({
    script: floorScript,
    args: postgres ? [] : ['--data', dir],
    env: postgres ? { DATABASE_URL: url } : {},
  });
  try {
    const target = { fund: await findDonatableFund(api.base), call: await findOpenCall(api.base) };
    const results = chosen.map((name) =>
      measureWrite(WRITES[name], { api, floor, target, postgres, label }),
    );
    // PGlite: one process opens a database at a time, so the rows are counted once it stopped.
    await stopServer(api);
    for (const result of results) {
      result.recorded = await result.write.count({ url, dir }, result.rows);
      result.racedRecorded = await result.write.count({ url, dir }, result.raceRows);
    }
    return results;
  } finally {
    await stopServer(api);
    await stopServer(floor);
  }
}

function report(result) {
  const { write, label, apiFigures, floorFigures, cpuPerRequest, recorded, answered } = result;
  const { raced, raceIds, racedRecorded } = result;
  const row = (figures) => ({
    'req/s': figures.perSecond.toFixed(0),
    requests: figures.count,
    'p50 (slowest round)': ms(figures.p50),
    'p95 (slowest round)': ms(figures.p95),
    statuses: JSON.stringify(figures.statuses),
    'CPU ms/request': ms(figures.cpu).replace(' ms', ''),
  });
  console.log(
    `\n${write.route} vs its floor, ${label}, ${CONCURRENCY} concurrent, ${ROUNDS} alternating rounds, ≤ ${SECONDS} s in all`,
  );
  console.table({
    [write.route]: row({ ...apiFigures, cpu: cpuPerRequest.api }),
    'floor (one INSERT)': row({ ...floorFigures, cpu: cpuPerRequest.floor }),
  });
  const ratio = (100 * apiFigures.perSecond) / floorFigures.perSecond;
  const cpuRatio = (100 * cpuPerRequest.floor) / cpuPerRequest.api;
  console.log(
    `${label}: ${ratio.toFixed(1)}% of the floor by req/s; ${cpuRatio.toFixed(1)}% by CPU per ` +
      `request (${cpuPerRequest.database}; steadier on a busy machine) (target ≥ ${TARGET}%)`,
  );
  console.log(
    `${label}: 201 answers ${answered}, rows recorded ${recorded}: ` +
      `duplicates ${Math.max(0, recorded - answered)}, lost ${Math.max(0, answered - recorded)}`,
  );
  console.log(
    `${label}: 300 keys × 3 concurrent sends: statuses ${JSON.stringify(raced.statuses)}, ` +
      `rows ${racedRecorded} (expected 300)` +
      (raceIds ? `, distinct ids answered ${raceIds.size}` : ''),
  );
  const sound =
    recorded === answered && racedRecorded === 300 && (!raceIds || raceIds.size === 300);
  addToSummary({
    what: `${write.route}, ${CONCURRENCY} concurrent`,
    where: label,
    value: `${ratio.toFixed(1)}% of floor (${cpuRatio.toFixed(1)}% by CPU)`,
    target: `≥ ${TARGET}%`,
    detail:
      `${apiFigures.perSecond.toFixed(0)} vs ${floorFigures.perSecond.toFixed(0)} req/s; ` +
      (sound ? 'no duplicate, none lost' : 'ROW CHECK FAILED'),
  });
  return sound;
}

let sound = true;
if (!values['postgres-only']) {
  const dir = mkdtempSync(join(tmpdir(), 'wushe-floor-'));
  try {
    for (const result of await measure(false, dir)) sound = report(result) && sound;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (!values['pglite-only']) {
  await withBenchPostgres('floor', async () => {
    for (const result of await measure(true)) sound = report(result) && sound;
  });
}
if (!sound) {
  console.log('row check FAILED: a write was duplicated or lost');
  process.exitCode = 1;
}
