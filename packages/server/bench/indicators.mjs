// The linkage index of 番禺区 at its 16 镇街 and ~320 村居 with a year of activity: p50/p95 of
// GET /v1/indicators for the district, one street and one community (and with their months,
// `series=monthly`), on PGlite and PostgreSQL: cold (a period nobody read in the last day: computed
// on the request and kept) and warm (kept: what every reader gets while the server's refresher keeps
// what is read fresh), and the first read of the district's own index after a start.
// Usage: node bench/indicators.mjs (npm run bench:indicators)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_KEYS } from '../dist/index.js';
import { load, ms, startServer, stopServer, withBenchPostgres } from './support.mjs';
import { databaseArgs } from './donation-support.mjs';
import { populate } from './indicators-support.mjs';

const REQUESTS = 60;
const MONTHLY_REQUESTS = 12;
// Cold: each request a period not asked for before (its `from` a day earlier), so each misses the
// store (`indicator_reports`) and is computed and stored; warm: the same query again, served from it.
const COLD_REQUESTS = 12;
const MONTHLY_COLD_REQUESTS = 4;

/** `from` dates a year before today (Beijing) and `k` days more: one new period per request. */
function coldPeriods(count) {
  const today = new Date(Date.now() + 8 * 3_600_000);
  return Array.from({ length: count }, (_, k) =>
    new Date(today.getTime() - (364 + k) * 86_400_000).toISOString().slice(0, 10),
  );
}

async function measure(postgres) {
  const dir = mkdtempSync(join(tmpdir(), 'wushe-indicators-'));
  try {
    const { args, env, label, url } = await databaseArgs(postgres, dir);
    const began = Date.now();
    const counts = await populate(url ? { url } : { dataDir: join(dir, 'pgdata') });
    console.log(
      `${label}: populated in ${((Date.now() - began) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
    );
    // A free port: fixed ones collide with other benchmarks running on the same machine.
    const server = await startServer({ args, env });
    const headers = { Authorization: `Bearer ${DEMO_KEYS.secret}` };
    // The refresher computes each district's own index two seconds after the start.
    await new Promise((done) => setTimeout(done, 5000));
    const first = load({
      base: server.base,
      concurrency: 1,
      requests: 1,
      warmup: 0,
      plan: [{ method: 'GET', path: '/v1/indicators?division=440113', headers }],
    });
    console.log(
      `${label}: the district's own index, first read 5 s after the start: ${ms(first.p50)} (kept by the refresher)`,
    );
    const scenarios = {
      'district (16 镇街, all 村居)': '/v1/indicators?division=440113',
      'one street': '/v1/indicators?division=440113104',
      'one community': '/v1/indicators?division=440113104001',
      'district as CSV': '/v1/indicators?division=440113',
      // Each month computed by the same rules as the year: about 13 times the work.
      'district with months': '/v1/indicators?division=440113&series=monthly',
      'one street with months': '/v1/indicators?division=440113104&series=monthly',
    };
    const table = {};
    let coldOffset = 0;
    for (const [name, path] of Object.entries(scenarios)) {
      const monthly = name.endsWith('months');
      const step = (stepPath) => ({
        method: 'GET',
        path: stepPath,
        headers: name.endsWith('CSV') ? { ...headers, Accept: 'text/csv' } : headers,
      });
      const coldCount = monthly ? MONTHLY_COLD_REQUESTS : COLD_REQUESTS;
      // Each scenario its own periods: none is stored by an earlier one.
      const froms = coldPeriods(coldOffset + coldCount).slice(coldOffset);
      coldOffset += coldCount;
      const cold = load({
        base: server.base,
        concurrency: 1,
        requests: coldCount,
        warmup: 0,
        plan: froms.map((from) => step(`${path}&from=${from}`)),
      });
      const warm = load({
        base: server.base,
        concurrency: 1,
        requests: monthly ? MONTHLY_REQUESTS : REQUESTS,
        warmup: 1,
        plan: [step(path)],
      });
      table[`${label}: ${name}`] = {
        'cold p50': ms(cold.p50),
        'cold p95': ms(cold.p95),
        'warm p50': ms(warm.p50),
        'warm p95': ms(warm.p95),
        'warm req/s': warm.perSecond.toFixed(1),
        errors: [cold, warm].flatMap((run) =>
          Object.keys(run.statuses).filter((status) => status !== '200'),
        ).length,
      };
    }
    await stopServer(server);
    return table;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// PostgreSQL first: its p95 is the one with a target. Each table is printed as it is measured.
for (const run of [
  () => withBenchPostgres('indicators', () => measure(true)),
  () => measure(false),
]) {
  const table = await run();
  console.log(
    '\nGET /v1/indicators, one request at a time: cold (a period not read in the last day: computed on the request) and warm (kept, < 5 min old: every reader while the refresher runs)',
  );
  console.table(table);
}
