import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { IndicatorsQuery, IndicatorsReport } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { districts, indicatorReports } from '../../db/tables/index.js';
import { periodOf } from './period.js';
import { indicatorsReport } from './report.js';

const zip = promisify(gzip);
const unzip = promisify(gunzip);

/**
 * How long a computed linkage index is served: a district's whole answer takes a second or more to
 * compute, and its figures are counts over months. `computedAt` in the answer says how old it is.
 */
export const INDICATORS_FRESH_FOR_MS = 5 * 60 * 1000;
/** The refresher computes again a report this old, so a reader finds it fresh (see `refreshIndicatorReports`). */
export const INDICATORS_REFRESH_AFTER_MS = 3 * 60 * 1000;
/** A report nobody has read for this long is no longer refreshed, and is dropped. */
export const INDICATORS_KEPT_UNREAD_MS = 24 * 60 * 60 * 1000;
/** A reading marks its report read at most this often (a write per read would cost every reader). */
const READ_MARKED_EVERY_MS = 60 * 1000;
/** How long a refresher's claim on a report holds (a process that died while computing lets go). */
const CLAIM_HOLDS_MS = 2 * 60 * 1000;

/** The normalized query a report is kept under: the period as dates, `series` `''` without one. */
interface ReportKey {
  readonly districtCode: string;
  readonly division: string;
  readonly from: string;
  readonly to: string;
  readonly series: string;
  /** The query gave no dates: the period is the last 365 days, and moves with today. */
  readonly implicit: boolean;
}

function keyOf(districtCode: string, query: IndicatorsQuery, now: Date): ReportKey {
  const { from, to } = periodOf(query, now);
  return {
    districtCode,
    division: query.division,
    from,
    to,
    series: query.series ?? '',
    implicit: query.from === undefined && query.to === undefined,
  };
}

const whereKey = (key: ReportKey) =>
  and(
    eq(indicatorReports.division, key.division),
    eq(indicatorReports.from, key.from),
    eq(indicatorReports.to, key.to),
    eq(indicatorReports.series, key.series),
  );

const KEY_COLUMNS = [
  indicatorReports.division,
  indicatorReports.from,
  indicatorReports.to,
  indicatorReports.series,
];

/** Computes the report of `key` and keeps it (gzipped JSON, as sent); returns what was kept. */
async function computeAndKeep(db: Executor, key: ReportKey, now: Date): Promise<Uint8Array> {
  const query: IndicatorsQuery = {
    division: key.division,
    from: key.from,
    to: key.to,
    ...(key.series === 'monthly' ? { series: 'monthly' as const } : {}),
  };
  const report = await indicatorsReport(db, key.districtCode, query, now);
  const body = new Uint8Array(await zip(JSON.stringify(report)));
  await db
    .insert(indicatorReports)
    .values({ ...key, body, computedAt: now, readAt: now, claimedUntil: null })
    .onConflictDoUpdate({
      target: KEY_COLUMNS,
      set: {
        body: sql`excluded.body`,
        computedAt: sql`excluded.computed_at`,
        claimedUntil: null,
        implicit: sql`${indicatorReports.implicit} or excluded.implicit`,
      },
    });
  return body;
}

/**
 * `GET /v1/indicators` as kept: the gzipped JSON of the report for the normalized query while
 * younger than `INDICATORS_FRESH_FOR_MS`, else computed, kept and returned. The store is a table,
 * so every process serves the same report; the refresher keeps the ones being read fresh.
 */
export async function storedIndicatorsBody(
  db: Executor,
  districtCode: string,
  query: IndicatorsQuery,
  now: Date,
): Promise<Uint8Array> {
  const key = keyOf(districtCode, query, now);
  const [stored] = await db
    .select({
      body: indicatorReports.body,
      computedAt: indicatorReports.computedAt,
      readAt: indicatorReports.readAt,
      implicit: indicatorReports.implicit,
    })
    .from(indicatorReports)
    .where(whereKey(key));
  const age = stored ? now.getTime() - stored.computedAt.getTime() : Infinity;
  if (!stored || age < 0 || age >= INDICATORS_FRESH_FOR_MS) return computeAndKeep(db, key, now);
  if (
    now.getTime() - stored.readAt.getTime() >= READ_MARKED_EVERY_MS ||
    (key.implicit && !stored.implicit)
  ) {
    await db
      .update(indicatorReports)
      .set({ readAt: now, implicit: sql`${indicatorReports.implicit} or ${key.implicit}` })
      .where(whereKey(key));
  }
  return stored.body;
}

/** The report itself (parsed from what is kept): for the CSV and for checking a response. */
export async function storedIndicatorsReport(
  db: Executor,
  districtCode: string,
  query: IndicatorsQuery,
  now: Date,
): Promise<IndicatorsReport> {
  const body = await storedIndicatorsBody(db, districtCode, query, now);
  return JSON.parse((await unzip(body)).toString('utf8')) as IndicatorsReport;
}

/**
 * Claims `key` for computing: inserts a placeholder (empty, computed at the epoch: a reader finds
 * it stale and computes for itself) or takes a kept report due for refreshing that no other
 * process holds. True when this process holds it.
 */
async function claim(db: Executor, key: ReportKey, now: Date): Promise<boolean> {
  const dueBefore = new Date(now.getTime() - INDICATORS_REFRESH_AFTER_MS);
  const rows = await db
    .insert(indicatorReports)
    .values({
      ...key,
      body: new Uint8Array(0),
      computedAt: new Date(0),
      readAt: now,
      claimedUntil: new Date(now.getTime() + CLAIM_HOLDS_MS),
    })
    .onConflictDoUpdate({
      target: KEY_COLUMNS,
      set: { claimedUntil: sql`excluded.claimed_until` },
      setWhere: sql`${lte(indicatorReports.computedAt, dueBefore)} and ${or(
        isNull(indicatorReports.claimedUntil),
        lte(indicatorReports.claimedUntil, now),
      )}`,
    })
    .returning({ division: indicatorReports.division });
  return rows.length > 0;
}

/**
 * One pass of the refresher: computes again every report read within `INDICATORS_KEPT_UNREAD_MS`
 * that is older than `INDICATORS_REFRESH_AFTER_MS` (one asked without dates under today's period,
 * so midnight costs no reader), and each district's own index for the default period, so the first
 * reader after a start finds it ready; drops reports unread for longer. Returns how many it
 * computed; a report that fails is given to `report` (thrown by default) and the others go on.
 * Safe with any number of processes: each report is claimed before it is computed.
 */
export async function refreshIndicatorReports(
  db: Executor,
  now: Date,
  report: (error: unknown) => void = (error) => {
    throw error;
  },
): Promise<number> {
  const readSince = new Date(now.getTime() - INDICATORS_KEPT_UNREAD_MS);
  await db.delete(indicatorReports).where(lte(indicatorReports.readAt, readSince));
  const read = await db
    .select({
      districtCode: indicatorReports.districtCode,
      division: indicatorReports.division,
      from: indicatorReports.from,
      to: indicatorReports.to,
      series: indicatorReports.series,
      implicit: indicatorReports.implicit,
    })
    .from(indicatorReports)
    .where(gt(indicatorReports.readAt, readSince));
  const wanted = new Map<string, ReportKey>();
  const want = (key: ReportKey) =>
    wanted.set(`${key.division}|${key.from}|${key.to}|${key.series}`, key);
  for (const { code } of await db.select({ code: districts.code }).from(districts)) {
    want(keyOf(code, { division: code }, now));
  }
  for (const row of read) {
    want(
      row.implicit
        ? keyOf(
            row.districtCode,
            row.series === 'monthly'
              ? { division: row.division, series: 'monthly' }
              : { division: row.division },
            now,
          )
        : row,
    );
  }
  let computed = 0;
  for (const key of wanted.values()) {
    // One report that fails (its claim lapses, so a later pass tries it again) stops no other.
    try {
      if (!(await claim(db, key, now))) continue;
      await computeAndKeep(db, key, now);
      computed++;
    } catch (error) {
      report(error);
    }
  }
  return computed;
}

/** How often each process runs the refresher (a report is refreshed at 3 minutes, served to 5). */
export const INDICATORS_REFRESH_EVERY_MS = 60 * 1000;
/** The first pass after a start: soon, so the districts' own index is ready for the first reader. */
const FIRST_REFRESH_AFTER_MS = 2 * 1000;

/**
 * Runs `refreshIndicatorReports` shortly after start and then every minute in this process (a pass
 * still running skips the next); returns the stop, which waits for a pass under way. A failure is
 * reported and the next pass tries again.
 */
export function scheduleIndicatorRefresh(
  db: Executor,
  now: () => Date,
  report: (error: unknown) => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= refreshIndicatorReports(db, now(), report)
      .then(() => undefined, report)
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, FIRST_REFRESH_AFTER_MS);
  const timer = setInterval(run, INDICATORS_REFRESH_EVERY_MS);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
