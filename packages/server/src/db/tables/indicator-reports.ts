// The linkage index kept ready (SPEC §12): computing a district's takes a second or more.
import { boolean, customType, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

/** Bytes as PostgreSQL's `bytea` (postgres.js reads a Buffer, PGlite a Uint8Array: both are). */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * One computed `GET /v1/indicators` answer per normalized query (division, period, series: `''`
 * without one): its JSON gzipped, as it is sent to a client that accepts gzip. Every process reads
 * and writes the same rows; a process's refresher claims a row (`claimed_until`) before computing
 * it again, so N processes compute each report once.
 */
export const indicatorReports = pgTable(
  'indicator_reports',
  {
    districtCode: text('district_code').notNull(),
    division: text('division').notNull(),
    from: text('from_date').notNull(),
    to: text('to_date').notNull(),
    series: text('series').notNull(),
    /** Asked for without dates (the last 365 days): the refresher follows it to today's period. */
    implicit: boolean('implicit').notNull(),
    /** The report's JSON, gzipped; empty while a first computation is claimed. */
    body: bytes('body').notNull(),
    computedAt: at('computed_at').notNull(),
    /** Last read (marked at most once a minute): a report unread for a day is dropped. */
    readAt: at('read_at').notNull(),
    claimedUntil: at('claimed_until'),
  },
  (t) => [primaryKey({ columns: [t.division, t.from, t.to, t.series] })],
);
