// Where a resident write's time goes: `wushe-server` under --cpu-prof while the donations load
// runs against it (16 concurrent, a fresh Idempotency-Key each), then the profile's self time
// summed by function and by area (the database driver, PGlite's WASM, Hono, zod, drizzle's SQL
// building, node's HTTP, the app's own code). Usage:
//   node bench/profile-write.mjs [--postgres] [--floor] [--seconds N] [--out DIR]
// (--floor profiles the floor server, bench/floor-server.mjs, under the same load instead).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { load, startServer, stopServer, withBenchPostgres } from './support.mjs';
import { databaseArgs, demoDonation, findDonatableFund } from './donation-support.mjs';

const { values } = parseArgs({
  options: {
    postgres: { type: 'boolean' },
    seconds: { type: 'string', default: '8' },
    out: { type: 'string' },
    floor: { type: 'boolean' },
  },
});

/** The area a profile node's time belongs to, from its script's URL and function name. */
function areaOf(url, name) {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)' || name === '(idle)') return name;
  if (url.includes('@electric-sql/pglite')) return 'PGlite (WASM + driver)';
  if (/node_modules\/(pg|pg-protocol|pg-pool)\//.test(url)) return 'pg driver';
  if (url.includes('drizzle-orm')) return 'drizzle (SQL building, mapping)';
  if (url.includes('/hono/') || url.includes('@hono/node-server')) return 'Hono';
  if (url.includes('/zod/')) return 'zod';
  if (url.includes('/schema/dist')) return '@wushe/schema';
  if (url.includes('/server/dist')) return 'wushe server';
  if (url.startsWith('node:') || url === '') return 'node internals / native';
  return url.replace(/^.*node_modules\//, '').split('/')[0];
}

function summarize(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map(profile.nodes.map((node) => [node.id, 0]));
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], self.get(profile.samples[i]) + (deltas[i] ?? 0));
  const byArea = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const time = self.get(node.id);
    const { url, functionName, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    if (area === '(idle)') continue;
    total += time;
    byArea.set(area, (byArea.get(area) ?? 0) + time);
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*packages\//, '')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const table = (map, limit) =>
    Object.fromEntries(
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([key, time]) => [
          key,
          { ms: (time / 1000).toFixed(0), share: `${((100 * time) / total).toFixed(1)}%` },
        ]),
    );
  console.log(`busy (not idle): ${(total / 1e6).toFixed(2)} s`);
  console.table(table(byArea, 20));
  console.table(table(byFunction, 30));
}

async function run(postgres) {
  const dir = mkdtempSync(join(tmpdir(), 'wushe-profile-'));
  const out = values.out ?? mkdtempSync(join(tmpdir(), 'wushe-cpuprof-'));
  const { args, env, label } = await databaseArgs(postgres, dir);
  const node = ['--cpu-prof', `--cpu-prof-dir=${out}`];
  // The floor's fund need not exist: its INSERT has no foreign key.
  const api = values.floor
    ? await startServer({
        script: fileURLToPath(new URL('./floor-server.mjs', import.meta.url)),
        args: postgres ? [] : ['--data', dir],
        env: postgres ? { DATABASE_URL: env.DATABASE_URL } : {},
        node,
      })
    : await startServer({ args: [...args, '--seed', 'demo', '--rate-limit', 'off'], env, node });
  try {
    const fund = values.floor
      ? { id: 'fund_floor', key: 'none' }
      : await findDonatableFund(api.base);
    const plan = [
      {
        method: 'POST',
        path: '/v1/donations',
        headers: { Authorization: `Bearer ${fund.key}` },
        body: demoDonation(fund.id, 'profile'),
        idempotencyKey: 'unique',
      },
    ];
    const figures = load({
      base: api.base,
      concurrency: 16,
      requests: 100_000,
      seconds: Number(values.seconds),
      plan,
    });
    console.log(`\n${label}: ${figures.perSecond.toFixed(0)} req/s, ${figures.count} donations`);
  } finally {
    await stopServer(api);
    rmSync(dir, { recursive: true, force: true });
  }
  const file = readdirSync(out).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${out}`);
  summarize(join(out, file));
  console.log(`profile: ${join(out, file)}`);
}

if (values.postgres) await withBenchPostgres('profile', () => run(true));
else await run(false);
