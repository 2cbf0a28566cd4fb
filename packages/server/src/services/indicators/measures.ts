import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/database.js';
import { lowRatingFacts, responsePlace, type LowRatingFact } from './survey-facts.js';

/*
 * The linkage index's figures, each source in one SQL statement whose aggregates are grouped by
 * period, community, street and the whole division at once (GROUPING SETS): a district of several
 * hundred communities, and each month of its year, is a handful of statements, never one per
 * division or per month. Each row joins the periods it counts in (`p`: `k`, `p_start`, `p_end`,
 * `p_from`, `p_to`), and the measures read the period from there.
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
  /**
   * The periods each figure is computed for, within the period (the whole, then each month with
   * `series=monthly`): the measures give one rollup per period, in this order.
   */
  readonly periods: readonly PeriodBounds[];
}

/** One period: its instants and dates, as `Scope`'s. */
export interface PeriodBounds {
  readonly start: Date;
  readonly end: Date;
  readonly from: string;
  readonly to: string;
}

/** Measures by division code: each community, each street and the district (or the division asked for). */
export type Rollup<M extends string> = Map<string, Record<M, number | null>>;

/** The periods as a relation `p` to join: `k` (their index in `scope.periods`) and their bounds. */
function periodsRelation(scope: Scope): SQL {
  const rows = scope.periods.map(
    (period, k) =>
      sql`(${k}::int, ${period.start.toISOString()}::timestamptz, ${period.end.toISOString()}::timestamptz, ${period.from}::date, ${period.to}::date)`,
  );
  return sql`(values ${sql.join(rows, sql`, `)}) as p(k, p_start, p_end, p_from, p_to)`;
}

/**
 * Runs `measures` over `source` (which yields columns `s`, the street, and `c`, the community,
 * within the division) joined to each period where `counts` (its columns and the period's), grouped
 * by period and by community, by street and in all, keyed by the code of each: the whole is keyed
 * by the district's code. One rollup per period of `scope.periods`, in their order.
 */
async function rollup<M extends string>(
  tx: Executor,
  scope: Scope,
  source: SQL,
  counts: SQL,
  measures: Record<M, SQL>,
): Promise<Rollup<M>[]> {
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
          select * from (${source}) placed join ${periodsRelation(scope)} on ${counts}
           where ${withinDivision(scope.division, sql`placed.s`, sql`placed.c`)}
        )
        select grouping(src.s, src.c)::int as g, src.k, src.s, src.c, ${selected}
        from src
        group by grouping sets ((src.k, src.s, src.c), (src.k, src.s), (src.k))`,
  );
  const result = scope.periods.map((): Rollup<M> => new Map());
  for (const row of rows) {
    const g = Number(row.g);
    const code = g === 0 ? row.c : g === 1 ? row.s : scope.districtCode;
    if (typeof code !== 'string') continue;
    const values = {} as Record<M, number | null>;
    for (const name of names) values[name] = row[name] === null ? null : Number(row[name]);
    result[Number(row.k)]!.set(code, values);
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

/** Within the whole period (`scope`'s own bounds), for the sources. */
const inScope = (column: SQL, scope: Scope) =>
  sql`${column} >= ${scope.start.toISOString()}::timestamptz and ${column} < ${scope.end.toISOString()}::timestamptz`;
const beforeScopeEnds = (column: SQL, scope: Scope) =>
  sql`${column} < ${scope.end.toISOString()}::timestamptz`;
/** Within the joined period `p`, for the joins and the measures. */
const inPeriod = (column: SQL) => sql`${column} >= p_start and ${column} < p_end`;
const beforeEnd = (column: SQL) => sql`${column} < p_end`;
const days = (later: SQL, earlier: SQL) => sql`extract(epoch from (${later} - ${earlier})) / 86400`;

/** Needs posted, fulfilled and published in the period, and the median days to claim and fulfil. */
export function needMeasures(tx: Executor, scope: Scope) {
  const posted = inPeriod(sql`created_at`);
  const claimed = inPeriod(sql`claimed_at`);
  const fulfilled = inPeriod(sql`fulfilled_at`);
  return rollup(
    tx,
    scope,
    sql`select street_code as s, community_code as c, status, created_at, claimed_at, fulfilled_at
        from needs where district_code = ${scope.districtCode}
         and (${inScope(sql`created_at`, scope)} or ${inScope(sql`claimed_at`, scope)}
              or ${inScope(sql`fulfilled_at`, scope)})`,
    sql`(${posted}) or (${claimed}) or (${fulfilled})`,
    {
      posted: sql`count(*) filter (where ${posted})`,
      fulfilled: sql`count(*) filter (where ${fulfilled})`,
      published: sql`count(*) filter (where ${posted} and status not in ('pending_review', 'rejected'))`,
      publishedFulfilled: sql`count(*) filter (where ${posted} and status = 'fulfilled')`,
      medianDaysToClaim: sql`percentile_cont(0.5) within group (order by ${days(sql`claimed_at`, sql`created_at`)})
        filter (where ${claimed})`,
      medianDaysToFulfil: sql`percentile_cont(0.5) within group (order by ${days(sql`fulfilled_at`, sql`created_at`)})
        filter (where ${fulfilled})`,
    },
  );
}

/** Survey responses of the period: ratings (CSAT) and NPS answers, by what they rate. */
export function satisfactionMeasures(tx: Executor, scope: Scope) {
  const place = responsePlace(scope.districtCode, inScope(sql`survey_responses.created_at`, scope));
  return rollup(tx, scope, place, inPeriod(sql`placed.created_at`), {
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
    inScope(sql`survey_responses.created_at`, scope),
    (s, c) => withinDivision(scope.division, s, c),
  );
}

/**
 * Follow-ups recorded in the period by a staff account linked to one of the district's social
 * workers, placed where the rated subject is (as the 差评 they follow up).
 */
export function followUpMeasures(tx: Executor, scope: Scope) {
  const bySocialWorker = (id: SQL, within: (column: SQL) => SQL) => sql`exists (
    select 1 from follow_up_records f
      join social_workers w on w.account_id = f.account_id and w.district_code = ${scope.districtCode}
     where f.response_id = ${id} and ${within(sql`f.recorded_at`)}
  )`;
  return rollup(
    tx,
    scope,
    responsePlace(
      scope.districtCode,
      bySocialWorker(sql`survey_responses.id`, (column) => inScope(column, scope)),
    ),
    bySocialWorker(sql`placed.id`, inPeriod),
    { done: sql`count(*)` },
  );
}

/**
 * Resources (资源清单) published in the period, counted once in each community and street they
 * serve and once in the whole; a street-wide resource counts in its street, not its communities.
 */
export function resourceMeasures(tx: Executor, scope: Scope) {
  const published = sql`r.district_code = ${scope.districtCode} and r.status = 'published'
    and ${inScope(sql`r.created_at`, scope)}`;
  return rollup(
    tx,
    scope,
    sql`select left(served.c, 9) as s, served.c as c, r.id, r.created_at
          from resources r cross join unnest(r.community_codes) as served(c) where ${published}
        union all
        select served.s, null, r.id, r.created_at
          from resources r cross join unnest(r.street_codes) as served(s) where ${published}`,
    inPeriod(sql`placed.created_at`),
    { published: sql`count(distinct src.id)` },
  );
}

/** Needs first matched to a resource (供需对接) in the period, placed where the need is. */
export function matchMeasures(tx: Executor, scope: Scope) {
  return rollup(
    tx,
    scope,
    sql`select n.street_code as s, n.community_code as c, m.matched_at
          from (
            select need_id, min(created_at) as matched_at from need_matches
             where district_code = ${scope.districtCode} group by need_id
          ) m join needs n on n.id = m.need_id
         where ${inScope(sql`m.matched_at`, scope)}`,
    inPeriod(sql`placed.matched_at`),
    { matched: sql`count(*)` },
  );
}

/** Active community social organizations and social workers registered by the end of the period. */
export function peopleMeasures(tx: Executor, scope: Scope) {
  return rollup(
    tx,
    scope,
    sql`select ${streetOf(sql`street_code`, sql`community_code`)} as s, community_code as c, 'org' as what, created_at
          from organizations
         where district_code = ${scope.districtCode} and kind = 'community_social_org' and active
           and ${beforeScopeEnds(sql`created_at`, scope)}
        union all
        select ${streetOf(sql`street_code`, sql`community_code`)}, community_code, 'worker', created_at
          from social_workers
         where district_code = ${scope.districtCode} and active and ${beforeScopeEnds(sql`created_at`, scope)}`,
    beforeEnd(sql`placed.created_at`),
    {
      socialOrgs: sql`count(*) filter (where src.what = 'org')`,
      socialWorkers: sql`count(*) filter (where src.what = 'worker')`,
    },
  );
}

/**
 * Volunteers registered by the end of the period, and their service in it: the district's
 * volunteers, and the service records of the period of each of them.
 */
export function volunteerMeasures(tx: Executor, scope: Scope) {
  return rollup(
    tx,
    scope,
    sql`select left(v.community_code, 9) as s, v.community_code as c, v.id as volunteer_id,
               v.created_at, null::date as served_on, null::int as half_hours
          from volunteers v
         where v.district_code = ${scope.districtCode} and ${beforeScopeEnds(sql`v.created_at`, scope)}
        union all
        select left(v.community_code, 9), v.community_code, v.id, null, r.served_on, r.half_hours
          from service_records r join volunteers v on v.id = r.volunteer_id
         where v.district_code = ${scope.districtCode} and r.district_code = ${scope.districtCode}
           and r.served_on >= ${scope.from}::date and r.served_on <= ${scope.to}::date`,
    sql`(placed.served_on is null and ${beforeEnd(sql`placed.created_at`)})
        or (placed.served_on >= p_from and placed.served_on <= p_to)`,
    {
      registered: sql`count(*) filter (where src.served_on is null)`,
      halfHours: sql`coalesce(sum(src.half_hours), 0)`,
      active: sql`count(distinct src.volunteer_id) filter (where src.served_on is not null)`,
    },
  );
}

/** Money raised and disbursed by funds placed in the division, in the period and by its end. */
export function fundMeasures(tx: Executor, scope: Scope) {
  const fundPlace = sql`${streetOf(sql`f.street_code`, sql`f.community_code`)} as s, f.community_code as c`;
  const donated = sql`src.what = 'donation' and ${inPeriod(sql`src.at`)}`;
  const disbursed = sql`src.what = 'disbursement' and ${inPeriod(sql`src.at`)}`;
  return rollup(
    tx,
    scope,
    sql`select ${fundPlace}, 'donation' as what, d.amount_fen as amount, d.confirmed_at as at,
               coalesce(d.donor_mobile, d.id) as donor
          from donations d join funds f on f.id = d.fund_id
         where f.district_code = ${scope.districtCode} and d.status = 'succeeded'
           and ${beforeScopeEnds(sql`d.confirmed_at`, scope)}
        union all
        select ${fundPlace}, 'disbursement', b.amount_fen, b.paid_at, null
          from disbursements b join funds f on f.id = b.fund_id
         where f.district_code = ${scope.districtCode} and ${beforeScopeEnds(sql`b.paid_at`, scope)}`,
    beforeEnd(sql`placed.at`),
    {
      raised: sql`coalesce(sum(src.amount) filter (where ${donated}), 0)`,
      donors: sql`count(distinct src.donor) filter (where ${donated})`,
      disbursed: sql`coalesce(sum(src.amount) filter (where ${disbursed}), 0)`,
      raisedByEnd: sql`coalesce(sum(src.amount) filter (where src.what = 'donation'), 0)`,
      disbursedByEnd: sql`coalesce(sum(src.amount) filter (where src.what = 'disbursement'), 0)`,
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
