import { and, eq, sql } from 'drizzle-orm';
import type { IndicatorsQuery, IndicatorsReport } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { indicatorReports } from '../../db/tables/index.js';
import { periodOf } from './period.js';
import { indicatorsReport } from './report.js';

/**
 * How long a computed linkage index is served before it is computed again: a district's whole
 * answer takes seconds, and its figures are counts over months.
 */
export const INDICATORS_FRESH_FOR_MS = 5 * 60 * 1000;

/**
 * `GET /v1/indicators` through the store: the report kept for the normalized query (division,
 * period as dates, series) while younger than `INDICATORS_FRESH_FOR_MS`, else computed, stored and
 * served. The store is a table, so every process serves the same report.
 */
export async function storedIndicatorsReport(
  db: Executor,
  districtCode: string,
  query: IndicatorsQuery,
  now: Date,
): Promise<IndicatorsReport> {
  const { from, to } = periodOf(query, now);
  const key = { division: query.division, from, to, series: query.series ?? '' };
  const [stored] = await db
    .select({ body: indicatorReports.body, computedAt: indicatorReports.computedAt })
    .from(indicatorReports)
    .where(
      and(
        eq(indicatorReports.division, key.division),
        eq(indicatorReports.from, key.from),
        eq(indicatorReports.to, key.to),
        eq(indicatorReports.series, key.series),
      ),
    );
  const age = stored ? now.getTime() - stored.computedAt.getTime() : Infinity;
  if (stored && age >= 0 && age < INDICATORS_FRESH_FOR_MS) {
    return JSON.parse(stored.body) as IndicatorsReport;
  }
  const report = await indicatorsReport(db, districtCode, { ...query, from, to }, now);
  await db
    .insert(indicatorReports)
    .values({ ...key, body: JSON.stringify(report), computedAt: now })
    .onConflictDoUpdate({
      target: [
        indicatorReports.division,
        indicatorReports.from,
        indicatorReports.to,
        indicatorReports.series,
      ],
      set: { body: sql`excluded.body`, computedAt: sql`excluded.computed_at` },
    });
  return report;
}
