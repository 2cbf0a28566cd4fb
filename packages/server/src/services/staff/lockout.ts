import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { signInFailures } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

/** Five failed sign-ins within 15 minutes lock the login for 15 minutes from the fifth. */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

/**
 * Seconds until the login may try again, or 0. While locked, attempts are refused without
 * checking the password and without counting, so the lock ends 15 minutes after the fifth failure.
 */
export async function lockedForSeconds(
  db: Executor,
  login: { districtCode: string; login: string },
  now: Date,
): Promise<number> {
  const recent = await db
    .select({ at: signInFailures.createdAt })
    .from(signInFailures)
    .where(
      and(
        eq(signInFailures.districtCode, login.districtCode),
        eq(signInFailures.login, login.login),
      ),
    )
    .orderBy(desc(signInFailures.createdAt))
    .limit(LOCKOUT_FAILURES);
  if (recent.length < LOCKOUT_FAILURES) return 0;
  const newest = recent[0]!.at.getTime();
  const oldest = recent[LOCKOUT_FAILURES - 1]!.at.getTime();
  if (newest - oldest > LOCKOUT_WINDOW_MS) return 0;
  const remaining = newest + LOCKOUT_MS - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

export async function recordFailure(
  db: Executor,
  login: { districtCode: string; login: string },
  now: Date,
): Promise<void> {
  await db.insert(signInFailures).values({ ...login, createdAt: now });
}

/** A successful sign-in forgets the login's failures. */
export async function clearFailures(
  db: Executor,
  login: { districtCode: string; login: string },
): Promise<void> {
  await db
    .delete(signInFailures)
    .where(
      and(
        eq(signInFailures.districtCode, login.districtCode),
        eq(signInFailures.login, login.login),
      ),
    );
}

/** 423 `account_locked`: the HTTP layer adds `Retry-After` from `retryAfterSeconds`. */
export class AccountLocked extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('account_locked');
    this.name = 'AccountLocked';
  }
}
