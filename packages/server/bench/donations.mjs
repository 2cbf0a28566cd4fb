// Donation creation at fixed concurrency, beside a bare Hono route measured in the same run.
// Then 1,000 donations, each idempotency key sent 3 times at once: exactly 1,000 must exist.
// Usage: node bench/donations.mjs [--postgres]   (PostgreSQL from WUSHE_BENCH_DATABASE_URL)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, ms, startServer, stopServer } from './support.mjs';
import {
  countDonations,
  databaseArgs,
  demoDonation,
  findDonatableFund,
} from './donation-support.mjs';

const CONCURRENCY = 16;
const REQUESTS = 2_000;
const postgres = process.argv.includes('--postgres');
const dir = mkdtempSync(join(tmpdir(), 'wushe-bench-'));

try {
  const { args, env, label, url } = await databaseArgs(postgres, dir);
  const server = await startServer({
    args: [...args, '--seed', 'demo', '--rate-limit', 'off'],
    env,
  });
  const bare = await startServer({
    script: fileURLToPath(new URL('./bare-server.mjs', import.meta.url)),
  });
  const fund = await findDonatableFund(server.base);
  const body = demoDonation(fund.id);
  const plan = [
    {
      method: 'POST',
      path: '/v1/donations',
      headers: { Authorization: `Bearer ${fund.key}` },
      body,
      idempotencyKey: 'unique',
    },
  ];

  const api = load({
    base: server.base,
    concurrency: CONCURRENCY,
    requests: REQUESTS,
    warmup: 200,
    plan,
  });
  const yardstick = load({
    base: bare.base,
    concurrency: CONCURRENCY,
    requests: REQUESTS,
    warmup: 200,
    plan,
  });

  // Each key three times at once: three identical requests race on the same idempotency key.
  const marker = `三连-${process.pid}`;
  const triple = [];
  for (let i = 0; i < 1_000; i++) {
    for (let j = 0; j < 3; j++)
      triple.push({
        ...plan[0],
        body: demoDonation(fund.id, marker),
        idempotencyKey: `fixed:triple-${i}`,
      });
  }
  const raced = load({
    base: server.base,
    concurrency: 30,
    requests: triple.length,
    plan: triple,
    keepBodies: true,
  });
  const ids = new Set(raced.bodies.map((text) => JSON.parse(text).donation.id));

  await stopServer(server);
  await stopServer(bare);
  const recorded = await countDonations({ url, dir }, marker);

  console.log(`\nDonation creation, ${label}, concurrency ${CONCURRENCY}, ${REQUESTS} requests`);
  console.table({
    'POST /v1/donations': {
      'req/s': api.perSecond.toFixed(0),
      p50: ms(api.p50),
      p95: ms(api.p95),
      statuses: JSON.stringify(api.statuses),
    },
    'bare Hono route': {
      'req/s': yardstick.perSecond.toFixed(0),
      p50: ms(yardstick.p50),
      p95: ms(yardstick.p95),
      statuses: JSON.stringify(yardstick.statuses),
    },
  });
  console.log(
    `throughput ratio: ${((100 * api.perSecond) / yardstick.perSecond).toFixed(1)}% of the bare route (target ≥ 50%)`,
  );
  console.log(`\n1,000 keys × 3 concurrent sends: statuses ${JSON.stringify(raced.statuses)}`);
  console.log(
    `donations recorded: ${recorded} (expected 1000), distinct ids returned: ${ids.size}, duplicates: ${recorded - 1000}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
