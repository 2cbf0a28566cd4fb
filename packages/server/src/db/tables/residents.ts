// Residents signed in by mobile and SMS code (SPEC §13): their codes and sessions.
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { districts } from './core.js';

/**
 * A resident of a district, known by the mobile they signed in with. Erased on request: the
 * mobile goes, the row stays (with `erasedAt`) so what refers to it still resolves.
 */
export const residents = pgTable(
  'residents',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    mobile: text('mobile'),
    createdAt: at('created_at').notNull(),
    erasedAt: at('erased_at'),
  },
  (t) => [
    uniqueIndex('residents_mobile_per_district')
      .on(t.districtCode, t.mobile)
      .where(sql`mobile is not null`),
  ],
);

/**
 * Sign-in codes, stored as a keyed hash: 5 minutes, 5 tries, single use; at most 5 an hour per
 * mobile (counted here, so every server process counts the same).
 */
export const residentCodes = pgTable(
  'resident_codes',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    mobile: text('mobile').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    /** Orders a mobile's codes as they were issued: the latest is the one checked. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('resident_codes_mobile_idx').on(t.districtCode, t.mobile, t.createdAt)],
);

/**
 * Resident sessions by the SHA-256 of their token: 30 days from the last use, bound to the origin
 * that signed in (`null`: signed in without an `Origin`, from a server), ended by sign-out.
 */
export const residentSessions = pgTable(
  'resident_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    residentId: text('resident_id')
      .notNull()
      .references(() => residents.id),
    districtCode: text('district_code').notNull(),
    /** The publishable key the page signed in with: revoking it ends its sessions. */
    apiKeyId: text('api_key_id').notNull(),
    boundOrigin: text('bound_origin'),
    createdAt: at('created_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [index('resident_sessions_resident_idx').on(t.residentId)],
);
