import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { communities, districts, streets } from './core.js';

/**
 * Needs (需求 / 微心愿). `search_terms` holds every character bigram of title and description, so
 * a two-character Chinese query (助老) is an indexed array containment, on PGlite and PostgreSQL
 * alike, without a tokeniser extension.
 */
export const needs = pgTable(
  'needs',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    streetCode: text('street_code')
      .notNull()
      .references(() => streets.code),
    communityCode: text('community_code')
      .notNull()
      .references(() => communities.code),
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    valueFen: bigint('value_fen', { mode: 'number' }),
    anonymous: boolean('anonymous').notNull(),
    /** The requester's contact; `null` once erased (on request, or 180 days after closing). */
    contactName: text('contact_name'),
    contactMobile: text('contact_mobile'),
    contactErasedAt: at('contact_erased_at'),
    consentVersion: text('consent_version').notNull(),
    status: text('status').notNull().default('pending_review'),
    reason: text('reason'),
    reportCount: integer('report_count').notNull().default(0),
    hidden: boolean('hidden').notNull().default(false),
    searchTerms: text('search_terms').array().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    claimedAt: at('claimed_at'),
    fulfilledAt: at('fulfilled_at'),
  },
  (t) => [
    index('needs_district_feed_idx').on(t.districtCode, t.status, t.createdAt.desc(), t.id.desc()),
    index('needs_community_feed_idx').on(t.communityCode, t.createdAt.desc(), t.id.desc()),
    index('needs_street_feed_idx').on(t.streetCode, t.createdAt.desc(), t.id.desc()),
    index('needs_search_idx').using('gin', t.searchTerms),
    index('needs_contact_mobile_idx').on(t.districtCode, t.contactMobile),
  ],
);

/** Claims: one active claim per need, enforced by a partial unique index. */
export const claims = pgTable(
  'claims',
  {
    id: text('id').primaryKey(),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id),
    claimantType: text('claimant_type').notNull(),
    claimantName: text('claimant_name').notNull(),
    claimantMobile: text('claimant_mobile').notNull(),
    /** The organization that took the need, when an organization claimed it as itself (§11). */
    organizationId: text('organization_id'),
    note: text('note'),
    consentVersion: text('consent_version').notNull(),
    status: text('status').notNull().default('active'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('claims_one_active_per_need')
      .on(t.needId)
      .where(sql`status = 'active'`),
    // The claims a page of needs shows (active and completed) by need: without it, every page with
    // a claimed or fulfilled need read the whole table (70 ms a page at 30,000 claims, PGlite).
    index('claims_need_idx').on(t.needId),
  ],
);

/** Reports: one per need and reporter token; three hide the need until staff review it. */
export const reports = pgTable(
  'reports',
  {
    id: text('id').primaryKey(),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id),
    reason: text('reason').notNull(),
    note: text('note'),
    reporterHash: text('reporter_hash').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reports_one_per_reporter').on(t.needId, t.reporterHash)],
);
