// Durability under kill -9: donations are sent at concurrency 16; the server is killed with
// SIGKILL mid-load and restarted; every donation that got a 2xx must still be there, once.
// Usage: node bench/crash.mjs [--postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../dist/index.js';
import { loadAsync, startServer, stopServer } from './support.mjs';
import { databaseArgs, demoDonation, findDonatableFund } from './donation-support.mjs';

const postgres = process.argv.includes('--postgres');
const dir = mkdtempSync(join(tmpdir(), 'wushe-crash-'));
try {
  const { args, env, label, url } = await databaseArgs(postgres, dir);
  const port = 18792;
  let server = await startServer({
    port,
    args: [...args, '--seed', 'demo', '--rate-limit', 'off'],
    env,
  });
  const fund = await findDonatableFund(server.base);
  const marker = `崩溃-${process.pid}`;
  const plan = [
    {
      method: 'POST',
      path: '/v1/donations',
      headers: { Authorization: `Bearer ${fund.key}` },
      body: demoDonation(fund.id, marker),
      idempotencyKey: 'unique',
    },
  ];
  const running = loadAsync({
    base: server.base,
    concurrency: 16,
    requests: 5_000,
    plan,
    keepBodies: true,
  });
  await sleep(postgres ? 1_500 : 2_500);
  await stopServer(server, 'SIGKILL');
  const result = await running;
  const acknowledged = result.bodies.map((text) => JSON.parse(text).donation.id);

  server = await startServer({ port, args: [...args, '--rate-limit', 'off'], env });
  await stopServer(server);
  const database = await openDatabase(url ? { url } : { dataDir: join(dir, 'pgdata') });
  const stored = await queryRows(
    database.db,
    sql`select id from donations where donor_name = ${marker}`,
  );
  await database.close();
  const storedIds = new Set(stored.map((row) => row.id));
  const lost = acknowledged.filter((id) => !storedIds.has(id));

  console.log(`\nkill -9 mid-load, ${label}`);
  console.table({
    'answered 2xx before the kill': acknowledged.length,
    'failed (connection lost)': result.statuses.error ?? 0,
    'stored after restart': storedIds.size,
    'acknowledged but lost': lost.length,
    'stored but never answered (committed as it died)':
      storedIds.size - (acknowledged.length - lost.length),
  });
  console.log(
    lost.length === 0
      ? 'durability: 0 acknowledged donations lost'
      : `LOST: ${lost.slice(0, 5).join(', ')}`,
  );
  if (lost.length > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
