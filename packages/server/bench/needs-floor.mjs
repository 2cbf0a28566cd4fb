// `GET /v1/needs` against its floor — a bare Hono route running the same SQL the API builds for
// the page, on the same database with the same 100,000 needs — in one run, at 1 and 8 concurrent
// requests, on PGlite and on PostgreSQL (WUSHE_BENCH_DATABASE_URL or WUSHE_TEST_DATABASE_URL when
// set, otherwise a throwaway cluster from scripts/pg-cluster.sh). Three pages: a filtered first
// page, a deep cursor page (row 50,000) and a Chinese search. Short alternating rounds, so load
// that drifts on a shared machine hits both sides alike.
// Usage: node bench/needs-floor.mjs [--pglite-only|--postgres-only] [--seconds N] [--cpu-prof DIR]
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_KEYS, openDatabase } from '../dist/index.js';
import { decodeNeedCursor, needPageQuery } from '../dist/services/needs/list.js';
import { PUBLIC_STATUSES } from '../dist/services/needs/present.js';
import { searchCondition } from '../dist/services/needs/search.js';
import { combine, load, ms, startServer, stopServer, withBenchPostgres } from './support.mjs';
import { databaseArgs } from './donation-support.mjs';
import { populate, TOTAL } from './needs-support.mjs';
import { addToSummary } from '../../../scripts/bench-summary.mjs';

const { values } = parseArgs({
  options: {
    'pglite-only': { type: 'boolean' },
    'postgres-only': { type: 'boolean' },
    seconds: { type: 'string', default: '2' },
    'cpu-prof': { type: 'string' },
  },
});
const CONCURRENCIES = [1, 8];
const ROUNDS = 2;
const SECONDS = Number(values.seconds);
const TARGET = 50;
const floorScript = fileURLToPath(new URL('./needs-floor-server.mjs', import.meta.url));

/** The pages, as the API is asked for them and as the filter its handler builds from that. */
function scenariosFor({ deepCursor, community }) {
  const page = (query) => ({
    districtCode: '440113',
    statuses: query.status ? PUBLIC_STATUSES.filter((s) => s === query.status) : PUBLIC_STATUSES,
    includeHidden: false,
    place: query,
    search: query.q === undefined ? undefined : searchCondition(query.q, query),
    after: decodeNeedCursor(query.cursor),
    take: 21,
  });
  return {
    'filtered first page': {
      path: `/v1/needs?community=${community}&category=elderly_care&status=open&limit=20`,
      filter: page({ community, category: 'elderly_care', status: 'open' }),
    },
    'deep cursor page': {
      path: `/v1/needs?limit=20&cursor=${deepCursor}`,
      filter: page({ cursor: deepCursor }),
    },
    'search 助老': {
      path: `/v1/needs?q=${encodeURIComponent('助老')}&limit=20`,
      filter: page({ q: '助老' }),
    },
  };
}

/** Each page's SQL, exactly as the API's query builder spells it. */
async function floorQueries(where, scenarios) {
  const database = await openDatabase(where);
  try {
    const queries = {};
    for (const [name, { filter }] of Object.entries(scenarios))
      queries[name] = needPageQuery(database.db, filter).toSQL();
    return queries;
  } finally {
    await database.close();
  }
}

async function measure(postgres, dir) {
  const { args, env, label, url } = await databaseArgs(postgres, dir);
  const where = url ? { url } : { dataDir: join(dir, 'pgdata') };
  const began = Date.now();
  const scenarios = scenariosFor(await populate(where));
  const queries = await floorQueries(where, scenarios);
  const queriesFile = join(dir, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(queries));
  // PGlite opens a data directory in one process only: the floor reads a copy of the same data.
  if (!postgres) cpSync(join(dir, 'pgdata'), join(dir, 'floor'), { recursive: true });
  console.log(
    `\npopulated ${TOTAL} needs on ${label} in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );

  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  const api = await startServer({
    args: [...args, '--rate-limit', 'off'],
    env,
    node: profile,
  });
  const floor = await startServer({
    script: floorScript,
    args: ['--queries', queriesFile, ...(postgres ? [] : ['--data', join(dir, 'floor')])],
    env: postgres ? { DATABASE_URL: url } : {},
  });
  const headers = { Authorization: `Bearer ${DEMO_KEYS.publishable}` };
  const table = {};
  try {
    for (const [name, { path }] of Object.entries(scenarios)) {
      const apiPlan = [{ method: 'GET', path, headers }];
      const floorPlan = [{ method: 'GET', path: `/floor/${encodeURIComponent(name)}` }];
      for (const concurrency of CONCURRENCIES) {
        const run = (base, plan, warmup = 0) =>
          load({ base, concurrency, requests: 100_000, seconds: SECONDS, warmup, plan });
        run(floor.base, floorPlan, 50);
        run(api.base, apiPlan, 50);
        const rounds = [];
        for (let i = 0; i < ROUNDS; i++)
          rounds.push({ floor: run(floor.base, floorPlan), api: run(api.base, apiPlan) });
        const apiFigures = combine(rounds.map((each) => each.api));
        const floorFigures = combine(rounds.map((each) => each.floor));
        const failed = (figures) =>
          Object.entries(figures.statuses).filter(([s, n]) => s !== '200' && n > 0);
        const errors = [...failed(apiFigures), ...failed(floorFigures)];
        const ofFloor = `${((100 * apiFigures.perSecond) / floorFigures.perSecond).toFixed(1)}%`;
        addToSummary({
          what: `GET /v1/needs, ${name}, ×${concurrency}`,
          where: label,
          value: `${ofFloor} of floor`,
          target: `≥ ${TARGET}%`,
          detail: `${apiFigures.perSecond.toFixed(0)} vs ${floorFigures.perSecond.toFixed(0)} req/s`,
        });
        table[`${name} ×${concurrency}`] = {
          'API req/s': apiFigures.perSecond.toFixed(0),
          'floor req/s': floorFigures.perSecond.toFixed(0),
          'of floor': ofFloor,
          'API p50/p95': `${ms(apiFigures.p50)} / ${ms(apiFigures.p95)}`,
          'floor p50/p95': `${ms(floorFigures.p50)} / ${ms(floorFigures.p95)}`,
          // Anything but 200 (API and floor alike), by status: none is expected.
          errors: errors.length === 0 ? 'none' : JSON.stringify(Object.fromEntries(errors)),
        };
      }
    }
  } finally {
    await stopServer(api);
    await stopServer(floor);
  }
  console.log(
    `GET /v1/needs vs its floor (the same SQL in a bare route), ${TOTAL.toLocaleString()} needs on ${label}, ` +
      `${ROUNDS} alternating rounds of ≤ ${SECONDS} s each side (target ≥ ${TARGET}%; p50/p95 of the slowest round)`,
  );
  console.table(table);
}

if (!values['postgres-only']) {
  const dir = mkdtempSync(join(tmpdir(), 'wushe-needs-floor-'));
  try {
    await measure(false, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (!values['pglite-only']) {
  const dir = mkdtempSync(join(tmpdir(), 'wushe-needs-floor-'));
  try {
    await withBenchPostgres('needs-floor', () => measure(true, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
