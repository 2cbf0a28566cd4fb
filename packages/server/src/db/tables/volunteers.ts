// Volunteers, their activities and signups, service records and the time bank.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { communities, districts } from './core.js';
import { organizations } from './organizations.js';

/**
 * Volunteers. The same mobile registers once per district. An ID number is stored encrypted
 * (AES-256-GCM), with a keyed hash for uniqueness and a masked copy for display: never whole.
 */
export const volunteers = pgTable(
  'volunteers',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    mobile: text('mobile').notNull(),
    idNumberCipher: text('id_number_cipher'),
    idNumberHash: text('id_number_hash'),
    idNumberMasked: text('id_number_masked'),
    birthDate: date('birth_date', { mode: 'string' }),
    communityCode: text('community_code')
      .notNull()
      .references(() => communities.code),
    skills: text('skills').array().notNull(),
    serviceAreas: text('service_areas').array().notNull(),
    availability: text('availability').array().notNull(),
    guardian: jsonb('guardian').$type<{
      name: string;
      mobile: string;
      consent: boolean;
      at: string;
    }>(),
    consentVersion: text('consent_version').notNull(),
    consentedAt: at('consented_at').notNull().defaultNow(),
    createdAt: at('created_at').notNull().defaultNow(),
    /** When the volunteer withdrew consent or asked for erasure: personal fields are gone. */
    erasedAt: at('erased_at'),
  },
  (t) => [
    uniqueIndex('volunteers_mobile_per_district').on(t.districtCode, t.mobile),
    uniqueIndex('volunteers_id_number_per_district')
      .on(t.districtCode, t.idNumberHash)
      .where(sql`id_number_hash is not null`),
  ],
);

/** Activities. `signed_up` never exceeds `capacity`: the database refuses it. */
export const activities = pgTable(
  'activities',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    communityCode: text('community_code')
      .notNull()
      .references(() => communities.code),
    organizationId: text('organization_id').references(() => organizations.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    category: text('category').notNull(),
    location: text('location').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    signedUp: integer('signed_up').notNull().default(0),
    waitlisted: integer('waitlisted').notNull().default(0),
    /** `scheduled` or `cancelled` (for good: a cancelled activity takes no signup). */
    status: text('status').notNull().default('scheduled'),
    cancelReason: text('cancel_reason'),
    /** The points multiplier of its 信用时 (e.g. 1–3 for difficulty), within the district's range. */
    pointsMultiplier: real('points_multiplier').notNull().default(1),
  },
  (t) => [
    check('activities_within_capacity', sql`${t.signedUp} >= 0 and ${t.signedUp} <= ${t.capacity}`),
    index('activities_community_idx').on(t.communityCode, t.startsAt),
    index('activities_district_idx').on(t.districtCode, t.startsAt),
  ],
);

export const signups = pgTable(
  'signups',
  {
    id: text('id').primaryKey(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id),
    volunteerId: text('volunteer_id').references(() => volunteers.id),
    name: text('name').notNull(),
    mobile: text('mobile').notNull(),
    note: text('note'),
    consentVersion: text('consent_version').notNull(),
    status: text('status').notNull(),
    /** Orders the waitlist: the earliest waiting signup gets a freed place. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('signups_one_per_mobile').on(t.activityId, t.mobile),
    index('signups_mobile_idx').on(t.mobile),
  ],
);

export const serviceRecords = pgTable(
  'service_records',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    volunteerId: text('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    activityId: text('activity_id').references(() => activities.id),
    needId: text('need_id'),
    servedOn: date('served_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    halfHours: integer('half_hours').notNull(),
    content: text('content').notNull(),
    note: text('note'),
    /** `check_in` (信用时, earns points; from an activity's check-in list) or `manual` (荣誉时). */
    source: text('source').notNull().default('manual'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('service_records_minutes', sql`${t.minutes} between 1 and 1440 and ${t.halfHours} >= 0`),
    index('service_records_volunteer_idx').on(t.volunteerId, t.servedOn),
  ],
);

/**
 * The time bank, double-entry: every transfer is a debit and a credit of the same size, so the
 * whole bank sums to zero. Service credits a volunteer's account and debits the district's
 * service account.
 */
export const timebankEntries = pgTable(
  'timebank_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transferId: text('transfer_id').notNull(),
    account: text('account').notNull(),
    halfHours: integer('half_hours').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('timebank_account_idx').on(t.account),
    index('timebank_transfer_idx').on(t.transferId),
  ],
);
