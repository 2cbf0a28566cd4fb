// The needs benchmarks' data: 100,000 realistic needs in the demo district, always the same ones,
// written by one INSERT … SELECT over generate_series (seconds, not minutes, on a loaded machine),
// with the claim every claimed (active) and fulfilled (completed) need shows, and statistics
// gathered; and where a deep page and the busiest place are.
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, seedDemo } from '../dist/index.js';
import { searchTermsOf } from '../dist/services/needs/search.js';
import { CONTACT_RETENTION_DAYS } from '../dist/services/needs/contact-retention.js';

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
const DESCRIPTION_TAIL = '希望每周得到一次帮助，由社工和志愿者协助。编号';

/** A text list as a SQL array literal's elements (values are bound, never spliced). */
const textArray = (list) =>
  sql`array[${sql.join(
    list.map((each) => sql`${each}::text`),
    sql`, `,
  )}]`;

/**
 * A deterministic pseudo-random pick among `n` for need number `i`: one hash per choice (`seed`),
 * so the choices are uncorrelated and every run builds the same data.
 */
const pick = (seed, n, i = 'i') => sql.raw(`(abs(hashint8extended(${i}, ${seed})) % ${n})::int`);

/** Opens the database at `where`, seeds the demo and adds TOTAL needs; returns a deep cursor and the busiest community. */
export async function populate(where) {
  const database = await openDatabase(where);
  const { db } = database;
  await seedDemo(db);
  // Titles are subject + action + 需求 + number, descriptions subject + a fixed tail + number.
  // Their search terms are those needSearchTerms stores: the terms of each word (computed here by
  // the server's own searchTermsOf, handed over as JSON, since SQL arrays of arrays must be
  // rectangular), of the number's digits (in SQL), and the place's.
  const titleWords = SUBJECTS.flatMap((subject) =>
    ACTIONS.map((action) => `${subject}${action}需求`),
  );
  const [opening, rest] = DESCRIPTION_TAIL.split('，');
  const termsJson = (words) => JSON.stringify(words.map((word) => searchTermsOf(word)));
  // Building the indexes once, after the rows, is many times faster than keeping them up to date
  // row by row (the search index above all): set them aside, load, and build them as they were.
  const indexes = await queryRows(
    db,
    sql`select indexname, indexdef from pg_indexes
        where tablename = 'needs' and indexname <> 'needs_pkey'`,
  );
  for (const { indexname } of indexes)
    await db.execute(sql`drop index ${sql.identifier(indexname)}`);
  await db.execute(sql`
    insert into needs (id, district_code, street_code, community_code, kind, category, title,
      description, value_fen, anonymous, contact_name, contact_mobile, consent_version, status,
      search_terms, created_at, updated_at)
    with places as (
      select (row_number() over (order by code) - 1)::int as n, code, street_code
      from communities where district_code = '440113'
    ),
    drawn as (
      select i,
        ${pick(1, 1_000_000)} % (select count(*) from places)::int as place,
        ${pick(2, titleWords.length)} as title_word,
        ${pick(3, SUBJECTS.length)} as subject,
        case when ${pick(4, 4)} = 0 then 'wish' else 'service' end as kind,
        timestamptz '2024-11-22 00:00:00Z'
          + i * interval '${sql.raw(String((2 * 365 * 24 * 3600) / TOTAL))} seconds' as at
      from generate_series(0, ${TOTAL - 1}) i
    )
    select
      'need_bench' || lpad(d.i::text, 10, '0'), '440113', c.street_code, c.code, d.kind,
      (${textArray(CATEGORIES)})[${pick(5, CATEGORIES.length, 'd.i')} + 1],
      (${textArray(titleWords)})[d.title_word + 1] || ' ' || d.i,
      (${textArray(SUBJECTS)})[d.subject + 1] || ${DESCRIPTION_TAIL} || ' ' || d.i || '。',
      case when d.kind = 'wish' then 10000 + (d.i % 50) * 1000 end,
      ${pick(6, 10, 'd.i')} < 3, '测试居民', '13800000000', '2026-01',
      (${textArray(STATUSES)})[${pick(7, STATUSES.length, 'd.i')} + 1],
      array(
        select distinct term from (
          select jsonb_array_elements_text(${termsJson(titleWords)}::jsonb -> d.title_word) as term
          union all
          select jsonb_array_elements_text(
            ${termsJson(SUBJECTS.map((subject) => subject + opening))}::jsonb -> d.subject)
          union all
          select unnest(${textArray(searchTermsOf(rest))})
          union all
          select substr(d.i::text, k, 1) from generate_series(1, length(d.i::text)) k
          union all
          select substr(d.i::text, k, 2) from generate_series(1, length(d.i::text) - 1) k
          union all
          select unnest(array['c:' || c.code, 's:' || c.street_code])
        ) terms
      ),
      d.at, d.at
    from drawn d join places c on c.n = d.place`);
  // As the hourly retention job would have left them: a need closed for more than 180 days has
  // no contact. Otherwise the API server's first run of that job, a minute after it starts, erases
  // ~30,000 contacts while the bench measures it (its PGlite is busy for minutes; the floor's copy
  // is not), which is what a first start on imported data costs, not what a page does.
  await db.execute(sql`
    update needs set contact_name = null, contact_mobile = null,
      contact_erased_at = updated_at + ${`${CONTACT_RETENTION_DAYS} days`}::interval
    where id like 'need_bench%' and status in ('fulfilled', 'closed', 'rejected')
      and updated_at < now() - ${`${CONTACT_RETENTION_DAYS} days`}::interval`);
  for (const { indexdef } of indexes) await db.execute(sql.raw(indexdef));
  // The claim each claimed or fulfilled need shows (a volunteer's, named as in public by family name).
  await db.execute(sql`
    insert into claims (id, need_id, claimant_type, claimant_name, claimant_mobile, consent_version, status, created_at)
    select 'clm_bench' || substr(id, 11), id, 'volunteer', '李志愿', '13900000000', '2026-01',
      case when status = 'claimed' then 'active' else 'completed' end, created_at + interval '1 day'
    from needs where id like 'need_bench%' and status in ('claimed', 'fulfilled')`);
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
