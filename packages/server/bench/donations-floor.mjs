// `POST /v1/donations` against its floor — a bare Hono route committing one INSERT on the same
// database — in one run, on PGlite and on PostgreSQL (WUSHE_BENCH_DATABASE_URL or
// WUSHE_TEST_DATABASE_URL when set, otherwise a throwaway cluster from scripts/pg-cluster.sh).
// Same load for both: 16 concurrent, a fresh Idempotency-Key per request, bounded in time and
// count, loopback only. Afterwards the donations in the database are counted against the 2xx
// answers, and 300 keys sent 3 times at once must make exactly 300 donations.
// Usage: node bench/donations-floor.mjs [--pglite-only|--postgres-only] [--seconds N]
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
  databaseArgs,
  demoDonation,
  findDonatableFund,
} from './donation-support.mjs';
import { addToSummary } from '../../../scripts/bench-summary.mjs';

const { values } = parseArgs({
  options: {
    'pglite-only': { type: 'boolean' },
    'postgres-only': { type: 'boolean' },
    seconds: { type: 'string', default: '12' },
  },
});
const CONCURRENCY = 16;
const REQUESTS = 20_000;
const SECONDS = Number(values.seconds);
const ROUNDS = 4;
const TARGET = 60;
const floorScript = fileURLToPath(new URL('./floor-server.mjs', import.meta.url));

/** One database: the API and the floor side by side, then the ledger checked. */
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
    const fund = await findDonatableFund(api.base);
    const step = (donorName, idempotencyKey = 'unique') => ({
      method: 'POST',
      path: '/v1/donations',
      headers: { Authorization: `Bearer ${fund.key}` },
      body: demoDonation(fund.id, donorName),
      idempotencyKey,
    });
    const run = (base, plan, requests = REQUESTS, seconds = SECONDS) =>
      load({ base, concurrency: CONCURRENCY, requests, seconds, plan });
    // CPU of the server process and the database's (PGlite runs inside the server) per request.
    const database = postgres ? postmasterPid() : undefined;
    const cpu = { api: 0, floor: 0 };
    const measured = (side, server, plan) => {
      const before = cpuMs([server.child.pid, database]);
      const figures = run(server.base, plan, REQUESTS, SECONDS / ROUNDS);
      cpu[side] += cpuMs([server.child.pid, database]) - before;
      return figures;
    };

    const marker = `floor-bench-${process.pid}-${label}`;
    run(floor.base, [step('warm-up')], 400, 0);
    run(api.base, [step('warm-up')], 400, 0);
    // Short alternating rounds: on a shared machine, load that drifts hits both sides alike.
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      const floorRound = measured('floor', floor, [step(marker)]);
      const apiRound = measured('api', api, [step(marker)]);
      rounds.push({ floorRound, apiRound });
    }
    const floorFigures = combine(rounds.map((each) => each.floorRound));
    const apiFigures = combine(rounds.map((each) => each.apiRound));

    const triple = [];
    const raceMarker = `${marker}-race`;
    for (let i = 0; i < 300; i++)
      for (let j = 0; j < 3; j++) triple.push(step(raceMarker, `fixed:race-${process.pid}-${i}`));
    const raced = load({
      base: api.base,
      concurrency: 30,
      requests: triple.length,
      plan: triple,
      keepBodies: true,
    });
    const raceIds = new Set(raced.bodies.map((text) => JSON.parse(text).donation.id));

    await stopServer(api);
    const recorded = await countDonations({ url, dir }, marker);
    const racedRecorded = await countDonations({ url, dir }, raceMarker);
    const answered = apiFigures.statuses['201'] ?? 0;
    const cpuPerRequest = {
      api: cpu.api / apiFigures.count,
      floor: cpu.floor / floorFigures.count,
      database: postgres
        ? database
          ? 'server + PostgreSQL'
          : 'server only'
        : 'server (PGlite in it)',
    };
    return {
      label,
      apiFigures,
      floorFigures,
      cpuPerRequest,
      recorded,
      answered,
      raced,
      raceIds,
      racedRecorded,
    };
  } finally {
    await stopServer(api);
    await stopServer(floor);
  }
}

function report(result) {
  const { label, apiFigures, floorFigures, cpuPerRequest, recorded, answered, raced, raceIds } =
    result;
  const { racedRecorded } = result;
  const row = (figures) => ({
    'req/s': figures.perSecond.toFixed(0),
    requests: figures.count,
    'p50 (slowest round)': ms(figures.p50),
    'p95 (slowest round)': ms(figures.p95),
    statuses: JSON.stringify(figures.statuses),
    'CPU ms/request': ms(figures.cpu).replace(' ms', ''),
  });
  console.log(
    `\nPOST /v1/donations vs its floor, ${label}, ${CONCURRENCY} concurrent, ${ROUNDS} alternating rounds, ≤ ${SECONDS} s in all`,
  );
  console.table({
    'POST /v1/donations': row({ ...apiFigures, cpu: cpuPerRequest.api }),
    'floor (one INSERT)': row({ ...floorFigures, cpu: cpuPerRequest.floor }),
  });
  const ratio = (100 * apiFigures.perSecond) / floorFigures.perSecond;
  const cpuRatio = (100 * cpuPerRequest.floor) / cpuPerRequest.api;
  console.log(
    `${label}: ${ratio.toFixed(1)}% of the floor by req/s; ${cpuRatio.toFixed(1)}% by CPU per ` +
      `request (${cpuPerRequest.database}; steadier on a busy machine) (target ≥ ${TARGET}%)`,
  );
  console.log(
    `${label}: 201 answers ${answered}, donations recorded ${recorded}: ` +
      `duplicates ${Math.max(0, recorded - answered)}, lost ${Math.max(0, answered - recorded)}`,
  );
  console.log(
    `${label}: 300 keys × 3 concurrent sends: statuses ${JSON.stringify(raced.statuses)}, ` +
      `donations ${racedRecorded} (expected 300), distinct ids answered ${raceIds.size}`,
  );
  const sound = recorded === answered && racedRecorded === 300 && raceIds.size === 300;
  addToSummary({
    what: `POST /v1/donations, ${CONCURRENCY} concurrent`,
    where: label,
    value: `${ratio.toFixed(1)}% of floor (${cpuRatio.toFixed(1)}% by CPU)`,
    target: `≥ ${TARGET}%`,
    detail:
      `${apiFigures.perSecond.toFixed(0)} vs ${floorFigures.perSecond.toFixed(0)} req/s; ` +
      (sound ? 'no duplicate, none lost' : 'LEDGER CHECK FAILED'),
  });
  return sound;
}

let sound = true;
if (!values['postgres-only']) {
  const dir = mkdtempSync(join(tmpdir(), 'wushe-floor-'));
  try {
    sound = report(await measure(false, dir)) && sound;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (!values['pglite-only']) {
  await withBenchPostgres('floor', async () => {
    sound = report(await measure(true)) && sound;
  });
}
if (!sound) {
  console.log('ledger check FAILED: a donation was duplicated or lost');
  process.exitCode = 1;
}
