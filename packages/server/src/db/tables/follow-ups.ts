// Follow-ups (回访) recorded on low ratings (SPEC §9).
import { pgTable, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { staffAccounts } from './staff.js';
import { surveyResponses } from './surveys.js';

/**
 * One row per followed-up response (the unique response id is what makes "recorded once" hold
 * under concurrent requests): the outcome and notes, the person (or, for a portal's server, only
 * the secret key) and the role they acted in, and when.
 */
export const followUpRecords = pgTable('follow_up_records', {
  id: text('id').primaryKey(),
  districtCode: text('district_code').notNull(),
  responseId: text('response_id')
    .notNull()
    .unique()
    .references(() => surveyResponses.id),
  outcome: text('outcome').notNull(),
  notes: text('notes').notNull(),
  accountId: text('account_id').references(() => staffAccounts.id),
  /** The key or session the request came with (`staff:acc_…` for a console session), as audited. */
  apiKeyId: text('api_key_id').notNull(),
  role: text('role').notNull(),
  recordedAt: at('recorded_at').notNull().defaultNow(),
});
