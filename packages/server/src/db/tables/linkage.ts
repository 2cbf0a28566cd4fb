// The linkage (SPEC §11): the 资源清单 and 供需对接 between needs and resources.
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { districts } from './core.js';
import { needs } from './needs.js';
import { organizations } from './organizations.js';
import { staffAccounts } from './staff.js';

/**
 * What an organization or a 社工站 offers. `search_terms` holds the words' characters and bigrams
 * and every place served (`c:…`, `s:…`), as a need's do (see services/needs/search.ts), so a
 * search within a community and the plain "resources of this community" are both one indexed
 * containment.
 */
export const resources = pgTable(
  'resources',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: text('category').notNull(),
    targetGroups: text('target_groups').array().notNull(),
    communityCodes: text('community_codes').array().notNull(),
    streetCodes: text('street_codes').array().notNull(),
    capacity: text('capacity'),
    schedule: text('schedule').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    status: text('status').notNull().default('published'),
    searchTerms: text('search_terms').array().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('resources_district_idx').on(t.districtCode, t.status, t.createdAt.desc()),
    index('resources_search_idx').using('gin', t.searchTerms),
  ],
);

/** A need linked to a resource by staff (供需对接); one link per need and resource. */
export const needMatches = pgTable(
  'need_matches',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id),
    resourceId: text('resource_id')
      .notNull()
      .references(() => resources.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    note: text('note'),
    accountId: text('account_id').references(() => staffAccounts.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('need_matches_one_per_resource').on(t.needId, t.resourceId),
    index('need_matches_organization_idx').on(t.organizationId, t.needId),
  ],
);
