// The needs benchmarks' data: 100,000 realistic needs in the demo district, always the same ones
// (a seeded generator), with statistics gathered, and where a deep page and the busiest place are.
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, seedDemo } from '../dist/index.js';
import { needs } from '../dist/db/tables/index.js';
import { needSearchTerms } from '../dist/services/needs/search.js';

export const TOTAL = 100_000;

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

/** Opens the database at `where`, seeds the demo and adds TOTAL needs; returns a deep cursor and the busiest community. */
export async function populate(where) {
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
