import { and, eq, gt, isNull } from 'drizzle-orm';
import { fieldIssue, type Messages, type RoleGrant, type StaffAccount } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { roleGrants, setupTokens, staffAccounts } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { newId, randomString } from '../ids.js';
import { encrypt, sha256, type Secrets } from '../secrets.js';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem } from './passwords.js';
import { newTotpSecret, otpauthUri } from './totp.js';

/** Setup and invite tokens are good for 72 hours, once. */
export const SETUP_TOKEN_MS = 72 * 60 * 60 * 1000;

type AccountRow = typeof staffAccounts.$inferSelect;

/** An account as the API shows it: never its password hash or TOTP secret. */
export function presentAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    districtCode: row.districtCode,
    login: row.login,
    name: row.name,
    externalId: row.externalId,
    disabled: row.disabled,
    totpEnabled: row.totpSecret !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A new account with its roles, without a password: it gets one through a setup token. */
export async function createStaffAccount(
  tx: Executor,
  input: {
    districtCode: string;
    login: string;
    name: string;
    roles: readonly RoleGrant[];
    externalId?: string | null;
    invite?: { channel: 'sms' | 'email'; to: string };
    /** When it is created: the app's clock (the database's own when left out). */
    now?: Date;
  },
): Promise<AccountRow> {
  const [row] = await tx
    .insert(staffAccounts)
    .values({
      id: newId('acc'),
      districtCode: input.districtCode,
      login: input.login,
      name: input.name,
      externalId: input.externalId ?? null,
      inviteChannel: input.invite?.channel ?? null,
      inviteTo: input.invite?.to ?? null,
      ...(input.now ? { createdAt: input.now } : {}),
    })
    .returning();
  if (input.roles.length > 0) {
    await tx
      .insert(roleGrants)
      .values(input.roles.map((grant) => ({ accountId: row!.id, ...grant })));
  }
  return row!;
}

export async function grantsOf(db: Executor, accountId: string): Promise<RoleGrant[]> {
  const rows = await db
    .select({ role: roleGrants.role, scope: roleGrants.scope })
    .from(roleGrants)
    .where(eq(roleGrants.accountId, accountId))
    .orderBy(roleGrants.role, roleGrants.scope);
  return rows as RoleGrant[];
}

/** A single-use token (`setup_…`) for the first password; only its hash is stored. */
export async function issueSetupToken(
  tx: Executor,
  input: { accountId: string; purpose: 'setup' | 'invite'; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = `setup_${randomString(32)}`;
  const expiresAt = new Date(input.now.getTime() + SETUP_TOKEN_MS);
  await tx.insert(setupTokens).values({
    tokenHash: sha256(token),
    accountId: input.accountId,
    purpose: input.purpose,
    createdAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** Refuses a password that is too short or common: 400 naming `password`. */
export function assertPasswordAcceptable(password: string, messages: Messages): void {
  const problem = passwordProblem(password);
  if (problem === 'too_short') {
    throw new DomainError('password_too_weak', [
      fieldIssue(['password'], 'password_too_short', { minimum: MIN_PASSWORD_LENGTH }, messages),
    ]);
  }
  if (problem === 'too_common') {
    throw new DomainError('password_too_common', [
      fieldIssue(['password'], 'password_too_common', undefined, messages),
    ]);
  }
}

/**
 * Sets a password with a setup or invite token, which is used up in the same transaction (a
 * second use, or a concurrent one, is `setup_token_invalid`). An account that holds
 * `district_admin` gets its TOTP secret here, once: it must sign in with a code from then on.
 */
export async function setPasswordWithToken(
  tx: Executor,
  secrets: Secrets,
  input: { setupToken: string; password: string; now: Date; messages: Messages; issuer: string },
): Promise<{ account: StaffAccount; totp?: { secret: string; otpauthUri: string } }> {
  assertPasswordAcceptable(input.password, input.messages);
  const [used] = await tx
    .update(setupTokens)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(setupTokens.tokenHash, sha256(input.setupToken)),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, input.now),
      ),
    )
    .returning({ accountId: setupTokens.accountId });
  if (!used) throw new DomainError('setup_token_invalid');
  const [current] = await tx
    .select()
    .from(staffAccounts)
    .where(eq(staffAccounts.id, used.accountId));
  if (!current || current.disabled) throw new DomainError('setup_token_invalid');

  const grants = await grantsOf(tx, current.id);
  const needsTotp = grants.some((grant) => grant.role === 'district_admin') && !current.totpSecret;
  const totpSecret = needsTotp ? newTotpSecret() : undefined;
  const [row] = await tx
    .update(staffAccounts)
    .set({
      passwordHash: await hashPassword(input.password),
      ...(totpSecret ? { totpSecret: encrypt(secrets, totpSecret) } : {}),
    })
    .where(eq(staffAccounts.id, current.id))
    .returning();
  return {
    account: presentAccount(row!),
    ...(totpSecret
      ? {
          totp: {
            secret: totpSecret,
            otpauthUri: otpauthUri(totpSecret, input.issuer, row!.login),
          },
        }
      : {}),
  };
}
