// 100,000 needs: a filtered first page, a deep cursor page and a Chinese search, p50/p95 from a
// load generator in a second process on loopback. Usage: node bench/needs.mjs [--postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_KEYS } from '../dist/index.js';
import { load, ms, startServer, stopServer } from './support.mjs';
import { databaseArgs } from './donation-support.mjs';
import { populate, TOTAL } from './needs-support.mjs';

const CONCURRENCY = 8;
const REQUESTS = 2_000;
const postgres = process.argv.includes('--postgres');
const dir = mkdtempSync(join(tmpdir(), 'wushe-needs-'));

try {
  const { args, env, label, url } = await databaseArgs(postgres, dir);
  const began = Date.now();
  const { deepCursor, community } = await populate(
    url ? { url } : { dataDir: join(dir, 'pgdata') },
  );
  console.log(
    `populated ${TOTAL} needs on ${label} in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  const server = await startServer({ args, env });
  const headers = { Authorization: `Bearer ${DEMO_KEYS.publishable}` };
  const scenarios = {
    'first page, whole district': '/v1/needs?limit=20',
    'first page, community + category + status': `/v1/needs?community=${community}&category=elderly_care&status=open&limit=20`,
    'deep cursor page (row 50,000)': `/v1/needs?limit=20&cursor=${deepCursor}`,
    'search 助老': '/v1/needs?q=%E5%8A%A9%E8%80%81&limit=20',
    'search 助老 in a community': `/v1/needs?q=%E5%8A%A9%E8%80%81&community=${community}&limit=20`,
  };
  const table = {};
  for (const [name, path] of Object.entries(scenarios)) {
    const plan = [{ method: 'GET', path, headers }];
    // Unloaded latency (one request at a time), then under load (CONCURRENCY at once, on 2 cores
    // shared by the server, the database and this load generator).
    const alone = load({ base: server.base, concurrency: 1, requests: 500, warmup: 50, plan });
    const loaded = load({
      base: server.base,
      concurrency: CONCURRENCY,
      requests: REQUESTS,
      warmup: 200,
      plan,
    });
    table[name] = {
      'p50 alone': ms(alone.p50),
      'p95 alone': ms(alone.p95),
      [`p50 ×${CONCURRENCY}`]: ms(loaded.p50),
      [`p95 ×${CONCURRENCY}`]: ms(loaded.p95),
      'req/s': loaded.perSecond.toFixed(0),
      errors: Object.keys(loaded.statuses).filter((status) => status !== '200').length,
    };
  }
  await stopServer(server);
  console.log(`
${TOTAL.toLocaleString()} needs on ${label} (target p95 ≤ 10 ms on PostgreSQL; alone = 1 request at a time)`);
  console.table(table);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
