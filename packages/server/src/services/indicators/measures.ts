import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/database.js';
import { lowRatingFacts, responsePlace, type LowRatingFact } from './survey-facts.js';

/*
 * The linkage index's figures, each source in one SQL statement whose aggregates are grouped by
 * community, street and the whole division at once (GROUPING SETS): a district of several hundred
 * communities is a handful of statements, never one per division.
 */

/** The division asked for and the period, as the statements bind them. */
export interface Scope {
  readonly districtCode: string;
  /** The district, street or community code asked for. */
  readonly division: string;
  /** The period as instants: from the start of `from` (Beijing) to the start of the day after `to`. */
  readonly start: Date;
  readonly end: Date;
  /** The period as dates, for date columns (`served_on`). */
  readonly from: string;
  readonly to: string;
}

/** Measures by division code: each community, each street and the district (or the division asked for). */
export type Rollup<M extends string> = Map<string, Record<M, number | null>>;

/**
 * Runs `measures` over `source` (which yields columns `s`, the street, and `c`, the community,
 * within the division) grouped by community, by street and in all, keyed by the code of each:
 * the whole is keyed by the district's code.
 */
async function rollup<M extends string>(
  tx: Executor,
  scope: Scope,
  source: SQL,
  measures: Record<M, SQL>,
): Promise<Rollup<M>> {
  const names = Object.keys(measures) as M[];
  const selected = sql.join(
    names.map((name) => sql`(${measures[name]})::float8 as ${sql.identifier(name)}`),
    sql`, `,
  );
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    // Materialized: each row's correlated lookups (a rating inside its answers, the community of
    // what it rates) run once, not once per aggregate that reads them and per grouping set.
    sql`with src as materialized (
          select * from (${source}) placed
           where ${withinDivision(scope.division, sql`placed.s`, sql`placed.c`)}
        )
        select grouping(src.s, src.c)::int as g, src.s, src.c, ${selected}
        from src
        group by grouping sets ((src.s, src.c), (src.s), ())`,
  );
  const result: Rollup<M> = new Map();
  for (const row of rows) {
    const g = Number(row.g);
    const code = g === 0 ? row.c : g === 1 ? row.s : scope.districtCode;
    if (typeof code !== 'string') continue;
    const values = {} as Record<M, number | null>;
    for (const name of names) values[name] = row[name] === null ? null : Number(row[name]);
    result.set(code, values);
  }
  return result;
}

/** Rows placed within the division: its street or community, or anywhere in the district. */
function withinDivision(division: string, street: SQL, community: SQL): SQL {
  if (division.length === 12) return sql`${community} = ${division}`;
  if (division.length === 9) return sql`${street} = ${division}`;
  return sql`true`;
}

/** A row's street: its own, or its community's (codes nest: the first nine digits). */
const streetOf = (street: SQL, community: SQL) => sql`coalesce(${street}, left(${community}, 9))`;

const inPeriod = (column: SQL, scope: Scope) =>
  sql`${column} >= ${scope.start.toISOString()}::timestamptz and ${column} < ${scope.end.toISOString()}::timestamptz`;
const beforeEnd = (column: SQL, scope: Scope) =>
  sql`${column} < ${scope.end.toISOString()}::timestamptz`;
const days = (later: SQL, earlier: SQL) => sql`extract(epoch from (${later} - ${earlier})) / 86400`;

/** Needs posted, fulfilled and published in the period, and the median days to claim and fulfil. */
export function needMeasures(tx: Executor, scope: Scope) {
  const posted = inPeriod(sql`created_at`, scope);
  return rollup(
    tx,
    scope,
    sql`select street_code as s, community_code as c, status, created_at, claimed_at, fulfilled_at
        from needs where district_code = ${scope.districtCode}`,
    {
      posted: sql`count(*) filter (where ${posted})`,
      fulfilled: sql`count(*) filter (where ${inPeriod(sql`fulfilled_at`, scope)})`,
      published: sql`count(*) filter (where ${posted} and status not in ('pending_review', 'rejected'))`,
      publishedFulfilled: sql`count(*) filter (where ${posted} and status = 'fulfilled')`,
      medianDaysToClaim: sql`percentile_cont(0.5) within group (order by ${days(sql`claimed_at`, sql`created_at`)})
        filter (where ${inPeriod(sql`claimed_at`, scope)})`,
      medianDaysToFulfil: sql`percentile_cont(0.5) within group (order by ${days(sql`fulfilled_at`, sql`created_at`)})
        filter (where ${inPeriod(sql`fulfilled_at`, scope)})`,
    },
  );
}

/** Survey responses of the period: ratings (CSAT) and NPS answers, by what they rate. */
export function satisfactionMeasures(tx: Executor, scope: Scope) {
  const place = responsePlace(
    scope.districtCode,
    inPeriod(sql`survey_responses.created_at`, scope),
  );
  return rollup(tx, scope, place, {
    rated: sql`count(src.rating)`,
    satisfied: sql`count(*) filter (where src.rating >= 4)`,
    scored: sql`count(src.score)`,
    promoters: sql`count(*) filter (where src.score >= 9)`,
    detractors: sql`count(*) filter (where src.score <= 6)`,
  });
}

/** The 差评 of the period, one by one: their deadlines follow the district's calendar. */
export function lowRatings(tx: Executor, scope: Scope): Promise<LowRatingFact[]> {
  return lowRatingFacts(
    tx,
    scope.districtCode,
    inPeriod(sql`survey_responses.created_at`, scope),
    (s, c) => withinDivision(scope.division, s, c),
  );
}

/**
 * Follow-ups recorded in the period by a staff account linked to one of the district's social
 * workers, placed where the rated subject is (as the 差评 they follow up).
 */
export function followUpMeasures(tx: Executor, scope: Scope) {
  const bySocialWorker = sql`exists (
    select 1 from follow_up_records f
      join social_workers w on w.account_id = f.account_id and w.district_code = ${scope.districtCode}
     where f.response_id = survey_responses.id and ${inPeriod(sql`f.recorded_at`, scope)}
  )`;
  return rollup(tx, scope, responsePlace(scope.districtCode, bySocialWorker), {
    done: sql`count(*)`,
  });
}

/**
 * Resources (资源清单) published in the period, counted once in each community and street they
 * serve and once in the whole; a street-wide resource counts in its street, not its communities.
 */
export function resourceMeasures(tx: Executor, scope: Scope) {
  const published = sql`r.district_code = ${scope.districtCode} and r.status = 'published'
    and ${inPeriod(sql`r.created_at`, scope)}`;
  return rollup(
    tx,
    scope,
    sql`select left(served.c, 9) as s, served.c as c, r.id
          from resources r cross join unnest(r.community_codes) as served(c) where ${published}
        union all
        select served.s, null, r.id
          from resources r cross join unnest(r.street_codes) as served(s) where ${published}`,
    { published: sql`count(distinct src.id)` },
  );
}

/** Needs first matched to a resource (供需对接) in the period, placed where the need is. */
export function matchMeasures(tx: Executor, scope: Scope) {
  return rollup(
    tx,
    scope,
    sql`select n.street_code as s, n.community_code as c
          from (
            select need_id, min(created_at) as matched_at from need_matches
             where district_code = ${scope.districtCode} group by need_id
          ) m join needs n on n.id = m.need_id
         where ${inPeriod(sql`m.matched_at`, scope)}`,
    { matched: sql`count(*)` },
  );
}

/** Active community social organizations and social workers registered by the end of the period. */
export function peopleMeasures(tx: Executor, scope: Scope) {
  return rollup(
    tx,
    scope,
    sql`select ${streetOf(sql`street_code`, sql`community_code`)} as s, community_code as c, 'org' as what
          from organizations
         where district_code = ${scope.districtCode} and kind = 'community_social_org' and active
           and ${beforeEnd(sql`created_at`, scope)}
        union all
        select ${streetOf(sql`street_code`, sql`community_code`)}, community_code, 'worker'
          from social_workers
         where district_code = ${scope.districtCode} and active and ${beforeEnd(sql`created_at`, scope)}`,
    {
      socialOrgs: sql`count(*) filter (where src.what = 'org')`,
      socialWorkers: sql`count(*) filter (where src.what = 'worker')`,
    },
  );
}

/** Volunteers registered by the end of the period, and their service in it. */
export function volunteerMeasures(tx: Executor, scope: Scope) {
  return rollup(
    tx,
    scope,
    sql`select left(v.community_code, 9) as s, v.community_code as c, v.created_at,
               served.records, served.half_hours
          from volunteers v
          left join (
            select volunteer_id, count(*) as records, sum(half_hours) as half_hours
              from service_records
             where district_code = ${scope.districtCode}
               and served_on >= ${scope.from}::date and served_on <= ${scope.to}::date
             group by volunteer_id
          ) served on served.volunteer_id = v.id
         where v.district_code = ${scope.districtCode}`,
    {
      registered: sql`count(*) filter (where ${beforeEnd(sql`src.created_at`, scope)})`,
      halfHours: sql`coalesce(sum(src.half_hours), 0)`,
      active: sql`count(*) filter (where src.records > 0)`,
    },
  );
}

/** Money raised and disbursed by funds placed in the division, in the period and by its end. */
export function fundMeasures(tx: Executor, scope: Scope) {
  const fundPlace = sql`${streetOf(sql`f.street_code`, sql`f.community_code`)} as s, f.community_code as c`;
  return rollup(
    tx,
    scope,
    sql`select ${fundPlace}, 'donation' as what, d.amount_fen as amount, d.confirmed_at as at,
               coalesce(d.donor_mobile, d.id) as donor
          from donations d join funds f on f.id = d.fund_id
         where f.district_code = ${scope.districtCode} and d.status = 'succeeded'
        union all
        select ${fundPlace}, 'disbursement', b.amount_fen, b.paid_at, null
          from disbursements b join funds f on f.id = b.fund_id
         where f.district_code = ${scope.districtCode}`,
    {
      raised: sql`coalesce(sum(src.amount) filter (where src.what = 'donation' and ${inPeriod(sql`src.at`, scope)}), 0)`,
      donors: sql`count(distinct src.donor) filter (where src.what = 'donation' and ${inPeriod(sql`src.at`, scope)})`,
      disbursed: sql`coalesce(sum(src.amount) filter (where src.what = 'disbursement' and ${inPeriod(sql`src.at`, scope)}), 0)`,
      raisedByEnd: sql`coalesce(sum(src.amount) filter (where src.what = 'donation' and ${beforeEnd(sql`src.at`, scope)}), 0)`,
      disbursedByEnd: sql`coalesce(sum(src.amount) filter (where src.what = 'disbursement' and ${beforeEnd(sql`src.at`, scope)}), 0)`,
    },
  );
}

/** Each fund placed in the division with its disclosure: completeness is `missingDisclosure`'s rule. */
export function fundDisclosures(tx: Executor, scope: Scope) {
  return queryRows<{ s: string | null; c: string | null; disclosure: unknown }>(
    tx,
    sql`select * from (
          select ${streetOf(sql`street_code`, sql`community_code`)} as s, community_code as c, disclosure
            from funds where district_code = ${scope.districtCode}
        ) f where ${withinDivision(scope.division, sql`f.s`, sql`f.c`)}`,
  );
}
