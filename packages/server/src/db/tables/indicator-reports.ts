// The linkage index kept for a few minutes (SPEC §12): computing a district's takes seconds.
import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

/**
 * One computed `GET /v1/indicators` answer per normalized query (division, period, series: `''`
 * without one), its JSON and when it was computed; every process reads and writes the same rows.
 */
export const indicatorReports = pgTable(
  'indicator_reports',
  {
    division: text('division').notNull(),
    from: text('from_date').notNull(),
    to: text('to_date').notNull(),
    series: text('series').notNull(),
    body: text('body').notNull(),
    computedAt: at('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.division, t.from, t.to, t.series] })],
);
