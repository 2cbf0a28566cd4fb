import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { RoleGrant, StaffAccount, TotpEnrolment } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { staffAccounts } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { decrypt, encrypt, type Secrets } from '../secrets.js';
import { presentAccount } from './accounts.js';
import { matchTotpStep, newTotpSecret, otpauthUri } from './totp.js';

/**
 * Accepts a TOTP code for an account once: the code's time step must be later than the last step
 * the account used, and is recorded in the same statement, so a replayed code (the same one, or
 * an earlier one still within the drift window) is refused even by two requests at once.
 */
export async function acceptTotpCode(
  tx: Executor,
  account: { id: string },
  secretBase32: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const step = matchTotpStep(secretBase32, code, now);
  if (step === undefined) return false;
  const updated = await tx
    .update(staffAccounts)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(staffAccounts.id, account.id),
        or(isNull(staffAccounts.totpLastStep), lt(staffAccounts.totpLastStep, step)),
      ),
    )
    .returning({ id: staffAccounts.id });
  return updated.length === 1;
}

async function accountRow(tx: Executor, accountId: string) {
  const [row] = await tx
    .select()
    .from(staffAccounts)
    .where(eq(staffAccounts.id, accountId))
    .for('update');
  if (!row) throw new DomainError('not_found');
  return row;
}

/**
 * Starts TOTP enrolment for the signed-in account: a new secret, shown once and kept sealed as
 * pending until a code from it is confirmed. An account whose TOTP is on must turn it off first.
 */
export async function enrolTotp(
  tx: Executor,
  secrets: Secrets,
  input: { accountId: string; issuer: string },
): Promise<TotpEnrolment> {
  const row = await accountRow(tx, input.accountId);
  if (row.totpSecret !== null) throw new DomainError('totp_already_enabled');
  const secret = newTotpSecret();
  await tx
    .update(staffAccounts)
    .set({ totpPendingSecret: encrypt(secrets, secret) })
    .where(eq(staffAccounts.id, row.id));
  return { secret, otpauthUri: otpauthUri(secret, input.issuer, row.login) };
}

/** Turns TOTP on with a code from the pending secret: sign-in needs a code from then on. */
export async function confirmTotp(
  tx: Executor,
  secrets: Secrets,
  input: { accountId: string; code: string; now: Date },
): Promise<StaffAccount> {
  const row = await accountRow(tx, input.accountId);
  if (row.totpPendingSecret === null) throw new DomainError('totp_not_pending');
  const secret = decrypt(secrets, row.totpPendingSecret);
  if (!(await acceptTotpCode(tx, row, secret, input.code, input.now))) {
    throw new DomainError('totp_code_invalid');
  }
  const [updated] = await tx
    .update(staffAccounts)
    .set({ totpSecret: row.totpPendingSecret, totpPendingSecret: null })
    .where(eq(staffAccounts.id, row.id))
    .returning();
  return presentAccount(updated!);
}

/**
 * Turns TOTP off with a current, unused code. An account holding `district_admin` must keep it
 * (SPEC §9): `totp_required_for_role`.
 */
export async function disableTotp(
  tx: Executor,
  secrets: Secrets,
  input: { accountId: string; grants: readonly RoleGrant[]; code: string; now: Date },
): Promise<StaffAccount> {
  if (input.grants.some((grant) => grant.role === 'district_admin')) {
    throw new DomainError('totp_required_for_role');
  }
  const row = await accountRow(tx, input.accountId);
  const secret = row.totpSecret === null ? undefined : decrypt(secrets, row.totpSecret);
  if (!secret || !(await acceptTotpCode(tx, row, secret, input.code, input.now))) {
    throw new DomainError('totp_code_invalid');
  }
  const [updated] = await tx
    .update(staffAccounts)
    .set({ totpSecret: null, totpPendingSecret: null })
    .where(eq(staffAccounts.id, row.id))
    .returning();
  return presentAccount(updated!);
}
