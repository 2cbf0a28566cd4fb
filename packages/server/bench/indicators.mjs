// The linkage index of 番禺区 at its 16 镇街 and ~320 村居 with a year of activity: p50/p95 of
// GET /v1/indicators for the district, one street and one community (and with their months,
// `series=monthly`), on PGlite and PostgreSQL.
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
    for (const [name, path] of Object.entries(scenarios)) {
      const plan = [
        {
          method: 'GET',
          path,
          headers: name.endsWith('CSV') ? { ...headers, Accept: 'text/csv' } : headers,
        },
      ];
      const alone = load({
        base: server.base,
        concurrency: 1,
        requests: name.endsWith('months') ? MONTHLY_REQUESTS : REQUESTS,
        warmup: name.endsWith('months') ? 1 : 5,
        plan,
      });
      table[`${label}: ${name}`] = {
        p50: ms(alone.p50),
        p95: ms(alone.p95),
        'req/s': alone.perSecond.toFixed(1),
        errors: Object.keys(alone.statuses).filter((status) => status !== '200').length,
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
  () => withBenchPostgres('indicators', 55497, () => measure(true)),
  () => measure(false),
]) {
  const table = await run();
  console.log('\nGET /v1/indicators, one request at a time (aim: p95 ≤ 200 ms on PostgreSQL)');
  console.table(table);
}
