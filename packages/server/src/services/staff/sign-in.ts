import { eq } from 'drizzle-orm';
import type { StaffSignInRequest, StaffSignInResponse } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { staffAccounts } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { AfterTransaction } from '../after-commit.js';
import { decrypt, type Secrets } from '../secrets.js';
import { grantsOf, presentAccount } from './accounts.js';
import { AccountLocked, clearFailures, lockedForSeconds, recordFailure } from './lockout.js';
import { verifyPassword } from './passwords.js';
import { openSession } from './sessions.js';
import { acceptTotpCode } from './totp-enrolment.js';

/**
 * Password sign-in (SPEC §9). An unknown login, a wrong password, a disabled account and a wrong
 * TOTP code all get the same 401 `invalid_credentials` after the same scrypt work. Failures are
 * recorded even though the request's transaction rolls back (`after.onSettle`); five within 15
 * minutes answer 423 `account_locked` with `Retry-After`. An account with TOTP (every
 * `district_admin`) needs its code: without one, 401 `totp_required`; a code (or time step) the
 * account has already used is refused like a wrong one.
 */
export async function signIn(
  tx: Executor,
  deps: { db: Executor; secrets: Secrets; after: AfterTransaction },
  request: StaffSignInRequest,
  now: Date,
): Promise<StaffSignInResponse> {
  const candidates = await tx
    .select()
    .from(staffAccounts)
    .where(eq(staffAccounts.login, request.login));
  const matching = request.districtCode
    ? candidates.filter((row) => row.districtCode === request.districtCode)
    : candidates;
  const account = matching.length === 1 ? matching[0]! : undefined;
  const login = {
    districtCode: account?.districtCode ?? request.districtCode ?? '',
    login: request.login,
  };

  const locked = await lockedForSeconds(tx, login, now);
  if (locked > 0) throw new AccountLocked(locked);

  const fail = (): never => {
    deps.after.onSettle(() => recordFailure(deps.db, login, now));
    throw new DomainError('invalid_credentials');
  };
  const passwordOk = await verifyPassword(request.password, account?.passwordHash ?? null);
  if (!account || !passwordOk || account.disabled) return fail();

  const grants = await grantsOf(tx, account.id);
  const needsTotp = account.totpSecret !== null || grants.some((g) => g.role === 'district_admin');
  if (needsTotp) {
    if (request.totp === undefined || account.totpSecret === null)
      throw new DomainError('totp_required');
    const secret = decrypt(deps.secrets, account.totpSecret);
    if (!(await acceptTotpCode(tx, account, secret, request.totp, now))) return fail();
  }

  await clearFailures(tx, login);
  const session = await openSession(tx, {
    accountId: account.id,
    districtCode: account.districtCode,
    kind: 'password',
    now,
  });
  return {
    account: presentAccount(account),
    roles: grants,
    session: { token: session.token, expiresAt: session.expiresAt.toISOString(), kind: 'password' },
  };
}
