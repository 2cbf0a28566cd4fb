import { and, eq, isNull } from 'drizzle-orm';
import { RESIDENT_SESSION_MS, type Resident } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { apiKeys, residents, residentSessions, volunteers } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { newId, randomString } from '../ids.js';
import { sha256 } from '../secrets.js';

/** The signed-in resident a resident route's handler is given (`context.resident`). */
export interface ResidentCaller {
  readonly id: string;
  readonly districtCode: string;
  /** The mobile they signed in with: what their volunteer registration, needs and gifts carry. */
  readonly mobile: string;
  readonly tokenHash: string;
  /** The publishable key of the page that signed in. */
  readonly apiKeyId: string;
  /** The origin the token works from; `null` when it was issued to a server (no `Origin`). */
  readonly boundOrigin: string | null;
  readonly createdAt: Date;
}

/** The resident of this mobile in this district, created at the first sign-in. */
export async function residentByMobile(
  tx: Executor,
  districtCode: string,
  mobile: string,
  now: Date,
) {
  const mine = and(eq(residents.districtCode, districtCode), eq(residents.mobile, mobile));
  const [known] = await tx.select().from(residents).where(mine);
  if (known) return known;
  await tx
    .insert(residents)
    .values({ id: newId('rsd'), districtCode, mobile, createdAt: now })
    .onConflictDoNothing();
  const [created] = await tx.select().from(residents).where(mine);
  return created!;
}

/** Opens a session; its token (`rt_…`) is returned once, only its hash is stored. */
export async function openResidentSession(
  tx: Executor,
  input: {
    residentId: string;
    districtCode: string;
    apiKeyId: string;
    boundOrigin: string | null;
    now: Date;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = `rt_${randomString(40)}`;
  const expiresAt = new Date(input.now.getTime() + RESIDENT_SESSION_MS);
  await tx.insert(residentSessions).values({
    tokenHash: sha256(token),
    residentId: input.residentId,
    districtCode: input.districtCode,
    apiKeyId: input.apiKeyId,
    boundOrigin: input.boundOrigin,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

/**
 * The resident behind a token, or 401 `resident_session_expired`: signed out, 30 days unused,
 * erased, or the publishable key it was opened with revoked. Reads only: `keepAlive` slides it.
 */
export async function resolveResidentSession(
  db: Executor,
  token: string,
  now: Date,
): Promise<ResidentCaller> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({ session: residentSessions, resident: residents })
    .from(residentSessions)
    .innerJoin(residents, eq(residents.id, residentSessions.residentId))
    .innerJoin(apiKeys, eq(apiKeys.id, residentSessions.apiKeyId))
    .where(
      and(
        eq(residentSessions.tokenHash, tokenHash),
        isNull(residentSessions.endedAt),
        isNull(residents.erasedAt),
        isNull(apiKeys.revokedAt),
      ),
    )
    .limit(1);
  if (!row || row.resident.mobile === null || now >= row.session.expiresAt) {
    throw new DomainError('resident_session_expired');
  }
  return {
    id: row.resident.id,
    districtCode: row.resident.districtCode,
    mobile: row.resident.mobile,
    tokenHash,
    apiKeyId: row.session.apiKeyId,
    boundOrigin: row.session.boundOrigin,
    createdAt: row.resident.createdAt,
  };
}

/** A session in use lasts another 30 days from now. */
export async function keepAlive(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(residentSessions)
    .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + RESIDENT_SESSION_MS) })
    .where(eq(residentSessions.tokenHash, tokenHash));
}

/** Ends one session (sign-out), or with `everywhere` all of the resident's (erasure). */
export async function endResidentSessions(
  db: Executor,
  caller: Pick<ResidentCaller, 'id' | 'tokenHash'>,
  now: Date,
  everywhere = false,
): Promise<void> {
  await db
    .update(residentSessions)
    .set({ endedAt: now })
    .where(
      and(
        everywhere
          ? eq(residentSessions.residentId, caller.id)
          : eq(residentSessions.tokenHash, caller.tokenHash),
        isNull(residentSessions.endedAt),
      ),
    );
}

/** The resident as the API shows them to themselves. */
export async function presentResident(db: Executor, caller: ResidentCaller): Promise<Resident> {
  const [volunteer] = await db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(
      and(eq(volunteers.districtCode, caller.districtCode), eq(volunteers.mobile, caller.mobile)),
    );
  return {
    id: caller.id,
    mobile: caller.mobile,
    volunteerId: volunteer?.id ?? null,
    createdAt: caller.createdAt.toISOString(),
  };
}
