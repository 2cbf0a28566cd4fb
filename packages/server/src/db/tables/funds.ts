import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
} from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { districts } from './core.js';
import { organizations } from './organizations.js';

/**
 * Community funds. `raised_fen` and `donor_count` move only in the transaction that moves a
 * donation from pending to succeeded, guarded by that status: exactly once per donation.
 */
export const funds = pgTable(
  'funds',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    name: text('name').notNull(),
    description: text('description').notNull(),
    streetCode: text('street_code'),
    communityCode: text('community_code'),
    mode: text('mode').notNull(),
    targetFen: bigint('target_fen', { mode: 'number' }).notNull(),
    raisedFen: bigint('raised_fen', { mode: 'number' }).notNull().default(0),
    donorCount: integer('donor_count').notNull().default(0),
    disbursedFen: bigint('disbursed_fen', { mode: 'number' }).notNull().default(0),
    /** The Charity-Law Art. 25 disclosure; `null` makes the fund not donatable. */
    disclosure: jsonb('disclosure').$type<{
      organizationName: string;
      creditCode: string;
      certificateNumber: string;
      filingNumber: string;
      contact: string;
      lookupUrl: string;
    }>(),
    holderOrganizationId: text('holder_organization_id').references(() => organizations.id),
    open: boolean('open').notNull().default(true),
    platformName: text('platform_name'),
    platformUrl: text('platform_url'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'funds_amounts',
      sql`${t.raisedFen} >= 0 and ${t.disbursedFen} >= 0 and ${t.donorCount} >= 0`,
    ),
    index('funds_district_idx').on(t.districtCode),
  ],
);

export const disbursements = pgTable(
  'disbursements',
  {
    id: text('id').primaryKey(),
    fundId: text('fund_id')
      .notNull()
      .references(() => funds.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    purpose: text('purpose').notNull(),
    recipient: text('recipient').notNull(),
    projectId: text('project_id'),
    /** The 微心愿 the money paid for, when it did. */
    needId: text('need_id'),
    paidAt: at('paid_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('disbursements_fund_idx').on(t.fundId, t.paidAt)],
);

export const donations = pgTable(
  'donations',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    fundId: text('fund_id')
      .notNull()
      .references(() => funds.id),
    needId: text('need_id'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status').notNull().default('pending'),
    channel: text('channel').notNull(),
    /** The provider's reference, quoted by the donor and matched when the money arrives. */
    reference: text('reference').notNull().unique(),
    donorName: text('donor_name'),
    donorMobile: text('donor_mobile'),
    anonymous: boolean('anonymous').notNull(),
    publishName: boolean('publish_name').notNull(),
    receipt: jsonb('receipt').$type<{ title: string; creditCode?: string }>(),
    /** The privacy notice's version the donor consented to (PIPL); null before it was recorded. */
    consentVersion: text('consent_version'),
    providerReference: text('provider_reference'),
    createdAt: at('created_at').notNull().defaultNow(),
    confirmedAt: at('confirmed_at'),
  },
  (t) => [
    check('donations_amount', sql`${t.amountFen} > 0`),
    index('donations_ledger_idx').on(t.fundId, t.status, t.confirmedAt.desc(), t.id.desc()),
    index('donations_donor_mobile_idx').on(t.districtCode, t.donorMobile),
  ],
);

/**
 * Projects (SPEC §11): a need turned into a funded project, run by an organization. `name` is the
 * project's title; `community_code` and `need_id` hold the first of `community_codes` and
 * `need_ids` (the staff queue places a survey response by the first community).
 * `last_reported_at` is the last public progress update (or the start, before any): a project in
 * progress that has not reported for 180 days is quiet, and its fund pays it nothing until it does.
 */
export const projects = pgTable(
  'projects',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    title: text('name').notNull(),
    kind: text('kind').notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    needId: text('need_id'),
    communityCode: text('community_code'),
    communityCodes: text('community_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    streetCodes: text('street_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    needIds: text('need_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    socialWorkerIds: text('social_worker_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fundId: text('fund_id').references(() => funds.id),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    status: text('status').notNull(),
    lastReportedAt: at('last_reported_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('projects_district_idx').on(t.districtCode, t.status)],
);

/** Public progress updates of a project (SPEC §11), by its members, social workers or staff. */
export const projectUpdates = pgTable(
  'project_updates',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id),
    body: text('body').notNull(),
    accountId: text('account_id'),
    role: text('role'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('project_updates_project_idx').on(t.projectId, t.createdAt)],
);
