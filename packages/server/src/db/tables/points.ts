// 公益积分 (SPEC §13): the points ledger, its lots (for expiry), and the 爱心超市.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { communities, districts } from './core.js';
import { organizations } from './organizations.js';
import { volunteers } from './volunteers.js';

/**
 * A volunteer's points account: the row every movement on it locks (`FOR UPDATE`), and its
 * balance in hundredths of a point, kept equal to the sum of its entries and never below zero.
 * The district's issuing account, the community pools and the expired account have no row: they
 * are only named by their entries.
 */
export const pointsAccounts = pgTable(
  'points_accounts',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    volunteerId: text('volunteer_id')
      .notNull()
      .unique()
      .references(() => volunteers.id),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('points_accounts_not_negative', sql`${t.balance} >= 0`)],
);

/**
 * One movement of points: what it was (`earned`, `family`, `donation`, `redemption`, `expiry`),
 * and for earnings the half hours of 信用时 counted against the year's cap.
 */
export const pointsTransfers = pgTable(
  'points_transfers',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    kind: text('kind').notNull(),
    /** The volunteer whose account moved (the giver of a family transfer). */
    volunteerId: text('volunteer_id').notNull(),
    serviceRecordId: text('service_record_id'),
    redemptionId: text('redemption_id'),
    /** Earnings: the half hours that earned points, and the calendar year they count in. */
    halfHours: integer('half_hours'),
    year: integer('year'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('points_transfers_volunteer_idx').on(t.volunteerId, t.kind, t.year)],
);

/**
 * The double-entry legs: every transfer has legs that sum to zero, so the whole bank does.
 * Amounts are hundredths of a point.
 */
export const pointsEntries = pgTable(
  'points_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transferId: text('transfer_id')
      .notNull()
      .references(() => pointsTransfers.id),
    account: text('account').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('points_entries_account_idx').on(t.account, t.createdAt),
    index('points_entries_transfer_idx').on(t.transferId),
  ],
);

/**
 * Points held by a volunteer's account, by when they expire (`null`: never): spending takes the
 * soonest to expire first, and what remains of a lot past its date moves to the expired account.
 */
export const pointsLots = pgTable(
  'points_lots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    account: text('account').notNull(),
    transferId: text('transfer_id')
      .notNull()
      .references(() => pointsTransfers.id),
    remaining: bigint('remaining', { mode: 'number' }).notNull(),
    expiresAt: at('expires_at'),
  },
  (t) => [
    check('points_lots_not_negative', sql`${t.remaining} >= 0`),
    index('points_lots_account_idx').on(t.account, t.expiresAt),
  ],
);

/** The 爱心超市's catalog: `stock` never goes below zero, the database refuses it. */
export const rewards = pgTable(
  'rewards',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    communityCode: text('community_code')
      .notNull()
      .references(() => communities.code),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    pointsPrice: integer('points_price').notNull(),
    stock: integer('stock').notNull(),
    providerId: text('provider_id')
      .notNull()
      .references(() => organizations.id),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at'),
  },
  (t) => [
    check('rewards_stock_not_negative', sql`${t.stock} >= 0 and ${t.pointsPrice} > 0`),
    index('rewards_community_idx').on(t.communityCode, t.active),
  ],
);

/** A reward redeemed for points; its pickup code is stored only as a hash, unique. */
export const redemptions = pgTable(
  'redemptions',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code').notNull(),
    rewardId: text('reward_id')
      .notNull()
      .references(() => rewards.id),
    volunteerId: text('volunteer_id')
      .notNull()
      .references(() => volunteers.id),
    points: integer('points').notNull(),
    codeHash: text('code_hash').notNull(),
    status: text('status').notNull().default('issued'),
    createdAt: at('created_at').notNull().defaultNow(),
    redeemedAt: at('redeemed_at'),
    /** The staff account (or key) that handed the reward over. */
    redeemedBy: text('redeemed_by'),
  },
  (t) => [
    uniqueIndex('redemptions_code_hash').on(t.codeHash),
    index('redemptions_volunteer_idx').on(t.volunteerId, t.createdAt),
  ],
);
