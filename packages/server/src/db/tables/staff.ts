import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { districts } from './core.js';

const createdAt = () => at('created_at').notNull().defaultNow();

/**
 * Staff accounts (SPEC §9): one person of the five societies in one district. The password is an
 * scrypt hash with its own salt; the TOTP secret is encrypted with the data key. Neither ever
 * leaves the server.
 */
export const staffAccounts = pgTable(
  'staff_accounts',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    login: text('login').notNull(),
    name: text('name').notNull(),
    /** `scrypt$N$r$p$salt$hash`; null until the first password is set with a setup token. */
    passwordHash: text('password_hash'),
    /** AES-256-GCM sealed base32 secret; null while TOTP is off. */
    totpSecret: text('totp_secret'),
    /** A secret being enrolled (sealed like `totpSecret`), until a code from it is confirmed. */
    totpPendingSecret: text('totp_pending_secret'),
    /** The last TOTP time step accepted (RFC 6238 T): a code of this step or before is refused. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** Where invites are sent: `sms` to a mobile or `email`. */
    inviteChannel: text('invite_channel', { enum: ['sms', 'email'] }),
    inviteTo: text('invite_to'),
    disabled: boolean('disabled').notNull().default(false),
    /** The portal's own id for this person (delegated sign-in). */
    externalId: text('external_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('staff_accounts_login_idx').on(t.districtCode, t.login),
    uniqueIndex('staff_accounts_external_idx').on(t.districtCode, t.externalId),
  ],
);

/** One role of an account within one scope: a division code, `org_…` or `call_…`. */
export const roleGrants = pgTable(
  'role_grants',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    role: text('role').notNull(),
    scope: text('scope').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.role, t.scope] })],
);

/**
 * Staff sessions, stored by the SHA-256 of their token. A session ends at `expiresAt` (12 h, or
 * 15 min for a delegated one), after 30 minutes without a request, or when `endedAt` is set.
 * A delegated session works only from `boundOrigins` (the portal's publishable keys' origins).
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => staffAccounts.id),
    districtCode: text('district_code').notNull(),
    kind: text('kind', { enum: ['password', 'delegated'] }).notNull(),
    /** For a delegated session, the secret key that opened it. */
    apiKeyId: text('api_key_id'),
    boundOrigins: text('bound_origins')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [index('staff_sessions_account_idx').on(t.accountId)],
);

/** Setup and invite tokens, by hash: single use, 72 hours. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  accountId: text('account_id')
    .notNull()
    .references(() => staffAccounts.id),
  purpose: text('purpose', { enum: ['setup', 'invite'] }).notNull(),
  createdAt: createdAt(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

/**
 * Failed sign-ins, by district and login (known or not), for the lockout: five within 15 minutes
 * lock the login for 15 minutes from the fifth.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    districtCode: text('district_code').notNull(),
    login: text('login').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('sign_in_failures_login_idx').on(t.districtCode, t.login, t.createdAt)],
);

/**
 * What the `log` notifier sent (SPEC §9): development and tests read it. Rows are written after
 * the transaction that caused them commits.
 */
export const notifierOutbox = pgTable(
  'notifier_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    districtCode: text('district_code').notNull(),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    to: text('to').notNull(),
    template: text('template').notNull(),
    params: jsonb('params').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('notifier_outbox_district_idx').on(t.districtCode, t.id)],
);
