import { and, eq, isNull } from 'drizzle-orm';
import type { RoleGrant, StaffAccount } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { apiKeys, staffAccounts, staffSessions } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { randomString } from '../ids.js';
import { sha256 } from '../secrets.js';
import { grantsOf, presentAccount } from './accounts.js';

/** A console session ends 12 hours after sign-in, or after 30 minutes without a request. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A delegated session lasts at most 15 minutes; the portal renews it the same way. */
export const DELEGATED_SESSION_MS = 15 * 60 * 1000;
/** The cookie that carries a console session on the server's own origin. */
export const SESSION_COOKIE = 'wushe_staff';

export type SessionKind = 'password' | 'delegated';

export interface StaffCaller {
  readonly account: StaffAccount;
  readonly grants: readonly RoleGrant[];
  readonly kind: SessionKind;
  readonly tokenHash: string;
  readonly expiresAt: Date;
  /** For a delegated session: the secret key that opened it, and the origins it works from. */
  readonly apiKeyId: string | null;
  readonly boundOrigins: readonly string[];
}

/** Opens a session and returns its token (`st_…`), shown once; only its hash is stored. */
export async function openSession(
  tx: Executor,
  input: {
    accountId: string;
    districtCode: string;
    kind: SessionKind;
    now: Date;
    apiKeyId?: string;
    boundOrigins?: readonly string[];
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = `st_${randomString(40)}`;
  const lifetime = input.kind === 'delegated' ? DELEGATED_SESSION_MS : SESSION_ABSOLUTE_MS;
  const expiresAt = new Date(input.now.getTime() + lifetime);
  await tx.insert(staffSessions).values({
    tokenHash: sha256(token),
    accountId: input.accountId,
    districtCode: input.districtCode,
    kind: input.kind,
    apiKeyId: input.apiKeyId ?? null,
    boundOrigins: [...(input.boundOrigins ?? [])],
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

/**
 * The account behind a staff token, or 401 `session_expired`: the session was ended, is past its
 * 12 hours (15 minutes, delegated) or 30 idle minutes, or its account was disabled meanwhile.
 * A session in use is kept alive (`lastSeenAt`).
 */
export async function resolveSession(db: Executor, token: string, now: Date): Promise<StaffCaller> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({ session: staffSessions, account: staffAccounts })
    .from(staffSessions)
    .innerJoin(staffAccounts, eq(staffAccounts.id, staffSessions.accountId))
    .where(and(eq(staffSessions.tokenHash, tokenHash), isNull(staffSessions.endedAt)))
    .limit(1);
  if (!row) throw new DomainError('session_expired');
  const { session, account } = row;
  const idleUntil = session.lastSeenAt.getTime() + SESSION_IDLE_MS;
  if (account.disabled || now >= session.expiresAt || now.getTime() >= idleUntil) {
    throw new DomainError('session_expired');
  }
  await db
    .update(staffSessions)
    .set({ lastSeenAt: now })
    .where(eq(staffSessions.tokenHash, tokenHash));
  return {
    account: presentAccount(account),
    grants: await grantsOf(db, account.id),
    kind: session.kind,
    tokenHash,
    expiresAt: session.expiresAt,
    apiKeyId: session.apiKeyId,
    boundOrigins: session.boundOrigins,
  };
}

/** Ends a session: its token stops working at once. */
export async function endSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(staffSessions)
    .set({ endedAt: now })
    .where(eq(staffSessions.tokenHash, tokenHash));
}

/**
 * A portal's delegated session for one of its district's accounts, bound to the origins of the
 * district's publishable keys: staff widgets on the portal's pages use it, the secret key stays on
 * the portal's server. A disabled account or one of another district is `not_found`.
 */
export async function openDelegatedSession(
  tx: Executor,
  input: { districtCode: string; accountId: string; apiKeyId: string; now: Date },
) {
  const [account] = await tx
    .select()
    .from(staffAccounts)
    .where(
      and(
        eq(staffAccounts.id, input.accountId),
        eq(staffAccounts.districtCode, input.districtCode),
      ),
    );
  if (!account || account.disabled) throw new DomainError('not_found');
  const keys = await tx
    .select({ origins: apiKeys.allowedOrigins })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.districtCode, input.districtCode),
        eq(apiKeys.kind, 'publishable'),
        isNull(apiKeys.revokedAt),
      ),
    );
  const boundOrigins = [...new Set(keys.flatMap((key) => key.origins))];
  const session = await openSession(tx, {
    accountId: account.id,
    districtCode: input.districtCode,
    kind: 'delegated',
    now: input.now,
    apiKeyId: input.apiKeyId,
    boundOrigins,
  });
  return {
    account: presentAccount(account),
    roles: await grantsOf(tx, account.id),
    session: {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      kind: 'delegated' as const,
    },
  };
}
