// 100,000 needs: a filtered first page, a deep cursor page and a Chinese search, p50/p95 from a
// load generator in a second process on loopback. Usage: node bench/needs.mjs [--postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, seedDemo, DEMO_KEYS } from '../dist/index.js';
import { needs } from '../dist/db/tables/index.js';
import { needSearchTerms } from '../dist/services/needs/search.js';
import { load, ms, startServer, stopServer } from './support.mjs';
import { databaseArgs } from './donation-support.mjs';

const TOTAL = 100_000;
const CONCURRENCY = 8;
const REQUESTS = 2_000;
const postgres = process.argv.includes('--postgres');
const dir = mkdtempSync(join(tmpdir(), 'wushe-needs-'));

const CATEGORIES = [
  'elderly_care',
  'social_assistance',
  'child_welfare',
  'disability_support',
  'mental_health',
  'education',
  'culture_sports',
  'community_governance',
  'sanitation',
  'other',
];
const STATUSES = [
  'open',
  'open',
  'open',
  'claimed',
  'fulfilled',
  'fulfilled',
  'pending_review',
  'rejected',
  'closed',
  'open',
];
const SUBJECTS = [
  '长者',
  '独居老人',
  '残障人士',
  '留守儿童',
  '困难家庭',
  '新就业群体',
  '楼道',
  '社区花园',
  '小区',
  '居民',
];
const ACTIONS = [
  '助老陪诊',
  '上门理发',
  '助餐送餐',
  '心理疏导',
  '课后辅导',
  '康复训练',
  '清理楼道杂物',
  '维修电器',
  '代购药品',
  '法律咨询',
];

/** mulberry32: a seeded generator, so every run builds the same realistic, uncorrelated data. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261122);
const pick = (list) => list[Math.floor(random() * list.length)];

async function populate(where) {
  const database = await openDatabase(where);
  const { db } = database;
  await seedDemo(db);
  const communities = await queryRows(
    db,
    sql`select code, street_code from communities where district_code = '440113' order by code`,
  );
  const start = Date.parse('2024-11-22T00:00:00Z');
  const step = (2 * 365 * 24 * 3600 * 1000) / TOTAL;
  for (let offset = 0; offset < TOTAL; offset += 2_000) {
    const rows = [];
    for (let i = offset; i < Math.min(TOTAL, offset + 2_000); i++) {
      const community = pick(communities);
      const title = `${pick(SUBJECTS)}${pick(ACTIONS)}需求 ${i}`;
      const description = `${pick(SUBJECTS)}希望每周得到一次帮助，由社工和志愿者协助。编号 ${i}。`;
      const kind = random() < 0.25 ? 'wish' : 'service';
      rows.push({
        id: `need_bench${String(i).padStart(10, '0')}`,
        districtCode: '440113',
        streetCode: community.street_code,
        communityCode: community.code,
        kind,
        category: pick(CATEGORIES),
        title,
        description,
        valueFen: kind === 'wish' ? 10_000 + (i % 50) * 1_000 : null,
        anonymous: random() < 0.3,
        contactName: '测试居民',
        contactMobile: '13800000000',
        consentVersion: '2026-01',
        status: pick(STATUSES),
        searchTerms: needSearchTerms({
          title,
          description,
          community: community.code,
          street: community.street_code,
        }),
        createdAt: new Date(start + i * step),
        updatedAt: new Date(start + i * step),
      });
    }
    await db.insert(needs).values(rows);
  }
  await db.execute(sql`analyze`);
  const [deep] = await queryRows(
    db,
    sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, id from needs
        where district_code = '440113' and status in ('open', 'claimed', 'fulfilled') and not hidden
        order by created_at desc, id desc offset 50000 limit 1`,
  );
  const [busiest] = await queryRows(
    db,
    sql`select community_code from needs group by community_code order by count(*) desc limit 1`,
  );
  await database.close();
  return {
    deepCursor: Buffer.from(JSON.stringify([deep.at, deep.id])).toString('base64url'),
    community: busiest.community_code,
  };
}

try {
  const { args, env, label, url } = await databaseArgs(postgres, dir);
  const began = Date.now();
  const { deepCursor, community } = await populate(
    url ? { url } : { dataDir: join(dir, 'pgdata') },
  );
  console.log(
    `populated ${TOTAL} needs on ${label} in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  const server = await startServer({ port: 18793, args, env });
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
