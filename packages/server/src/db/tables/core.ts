import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

const createdAt = () => at('created_at').notNull().defaultNow();

/** A district: the tenant. Keys, data and settings belong to one district. */
export const districts = pgTable('districts', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** Prefix of volunteer codes shown to residents, e.g. `PY` for 番禺. */
  volunteerCodePrefix: text('volunteer_code_prefix').notNull(),
  /** Where the payment instructions of offline pledges send the money. */
  offlineAccount: jsonb('offline_account').$type<{
    accountName: string;
    bankName: string;
    accountNumber: string;
  }>(),
  /**
   * The district's settings as saved (`DistrictSettings` of the contract: points rules, holidays,
   * public indicators, notifier); read through the schema, which fills in every default.
   */
  settings: jsonb('settings').$type<Record<string, unknown>>(),
  createdAt: createdAt(),
});

export const streets = pgTable(
  'streets',
  {
    code: text('code').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    name: text('name').notNull(),
    /** `street` (街道) or `town` (镇); null for divisions loaded before kinds were kept. */
    kind: text('kind', { enum: ['street', 'town'] }),
    /** 常住人口, for the linkage index (§12); null when unknown. */
    population: integer('population'),
  },
  (t) => [index('streets_district_idx').on(t.districtCode)],
);

export const communities = pgTable(
  'communities',
  {
    code: text('code').primaryKey(),
    streetCode: text('street_code')
      .notNull()
      .references(() => streets.code),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    name: text('name').notNull(),
    /** `urban_community` (社区居委会) or `rural_village` (村委会); null when not loaded with one. */
    kind: text('kind', { enum: ['urban_community', 'rural_village'] }),
    population: integer('population'),
  },
  (t) => [index('communities_street_idx').on(t.streetCode)],
);

/**
 * API keys, stored as SHA-256 hashes: the database never holds a usable key. A publishable key is
 * bound to `allowedOrigins`; a secret key to no origin at all.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    kind: text('kind', { enum: ['publishable', 'secret'] }).notNull(),
    keyHash: text('key_hash').notNull().unique(),
    /** The first characters of the key (`pk_test_9f3a…`), to tell keys apart in lists and logs. */
    displayPrefix: text('display_prefix').notNull(),
    /** Exact origins (`https://www.panyu.gov.cn`) or loopback wildcards (`http://localhost:*`). */
    allowedOrigins: text('allowed_origins')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('api_keys_district_idx').on(t.districtCode)],
);

/**
 * One row per idempotency key and API key. Inserted first, in the same transaction as the work it
 * guards: a concurrent request with the same key waits on the primary key, then replays the
 * stored response. So one key creates one record, however many times it is sent.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    apiKeyId: text('api_key_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and canonical body: the same key with another body is 422. */
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] })],
);

/** Live events, kept for `Last-Event-ID` resume; each is announced with NOTIFY at commit. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    districtCode: text('district_code').notNull(),
    type: text('type').notNull(),
    communityCode: text('community_code'),
    streetCode: text('street_code'),
    fundId: text('fund_id'),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('events_district_id_idx').on(t.districtCode, t.id)],
);

/** Staff actions and staff reads of personal data (PIPL): who, what, when, under which request. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    districtCode: text('district_code').notNull(),
    apiKeyId: text('api_key_id').notNull(),
    /** The staff account that acted (null when a secret key acted alone) and the role it used. */
    accountId: text('account_id'),
    role: text('role'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    requestId: text('request_id').notNull(),
    detail: jsonb('detail'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_subject_idx').on(t.subjectType, t.subjectId)],
);
