// Organizations (social organizations, stations) and the social workers they employ.
import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { districts } from './core.js';

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
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('organizations_district_idx').on(t.districtCode, t.name)],
);

export const socialWorkers = pgTable('social_workers', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id')
    .notNull()
    .references(() => organizations.id),
  name: text('name').notNull(),
  station: text('station'),
  certificateLevel: text('certificate_level'),
});
