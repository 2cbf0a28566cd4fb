// Organizations (social organizations, stations) and the social workers they employ.
import { boolean, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { districts } from './core.js';
import { staffAccounts } from './staff.js';

export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    category: text('category'),
    registration: text('registration').notNull(),
    creditCode: text('credit_code'),
    streetCode: text('street_code'),
    communityCode: text('community_code'),
    description: text('description'),
    publicFundraising: boolean('public_fundraising').notNull().default(false),
    /** False once it stops working (dissolved, deregistered); kept for the records that name it. */
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at'),
  },
  (t) => [
    index('organizations_district_idx').on(t.districtCode, t.name),
    /** One organization per credit code in a district. */
    uniqueIndex('organizations_credit_code_idx').on(t.districtCode, t.creditCode),
  ],
);

/**
 * Social workers (社会工作者): employed by an organization or posted to a 社工站 (or both),
 * serving a community or a whole street, optionally linked to a staff account (one each).
 */
export const socialWorkers = pgTable(
  'social_workers',
  {
    id: text('id').primaryKey(),
    /** Null only for rows stored before districts were kept; every new row has one. */
    districtCode: text('district_code').references(() => districts.code),
    organizationId: text('organization_id').references(() => organizations.id),
    name: text('name').notNull(),
    station: text('station'),
    certificateLevel: text('certificate_level'),
    streetCode: text('street_code'),
    communityCode: text('community_code'),
    accountId: text('account_id').references(() => staffAccounts.id),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at'),
  },
  (t) => [
    index('social_workers_district_idx').on(t.districtCode, t.streetCode),
    uniqueIndex('social_workers_account_idx').on(t.accountId),
  ],
);
