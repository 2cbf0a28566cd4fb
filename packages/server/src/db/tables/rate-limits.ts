import { boolean, doublePrecision, pgTable, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

/**
 * The resident rate limit's token buckets, one row per API key and client address, shared by
 * every server process on the database. Each request refills and takes in one statement
 * (`RateLimiter.take`); a bucket idle long enough to be full again is the same as none, so a
 * periodic sweep deletes it. UNLOGGED (see the migration): a bucket lost in a crash only starts
 * full again, and no request waits for the write-ahead log.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  /** `<apiKeyId>|<client address>`. */
  key: text('key').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  refilledAt: at('refilled_at').notNull(),
  /** Whether the last request took a token (false: it was refused and waits). */
  taken: boolean('taken').notNull(),
});
