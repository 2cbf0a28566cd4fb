import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ApiKey } from '@wushe/schema';
import type { Executor } from '../db/database.js';
import { apiKeys } from '../db/tables/index.js';
import { newId, randomString } from './ids.js';
import { sha256 } from './secrets.js';

/*
 * A district's API keys: the one implementation behind the CLI's `keys` commands and the
 * `/v1/keys` routes. The request rules (origins, kinds) are the contract's (`CreateKeyRequest`).
 */

export interface IssuedKey {
  readonly id: string;
  /** The key itself: shown once, stored only as a hash. */
  readonly key: string;
}

/**
 * Issues an API key for a district. `key` fixes the key's text (the documented demo keys);
 * otherwise it is random. Only its SHA-256 is stored.
 */
export async function issueKey(
  db: Executor,
  options: {
    districtCode: string;
    kind: 'publishable' | 'secret';
    mode?: 'test' | 'live';
    allowedOrigins?: readonly string[];
    key?: string;
    /** When it is issued: the app's clock (the database's own when left out). */
    now?: Date;
  },
): Promise<IssuedKey> {
  const prefix = `${options.kind === 'publishable' ? 'pk' : 'sk'}_${options.mode ?? 'test'}_`;
  const key = options.key ?? `${prefix}${randomString(24)}`;
  const id = newId('key');
  await db.insert(apiKeys).values({
    id,
    districtCode: options.districtCode,
    kind: options.kind,
    keyHash: sha256(key),
    displayPrefix: key.slice(0, 12),
    allowedOrigins: options.kind === 'publishable' ? [...(options.allowedOrigins ?? [])] : [],
    ...(options.now ? { createdAt: options.now } : {}),
  });
  return { id, key };
}

type KeyRow = typeof apiKeys.$inferSelect;

/** A key as lists show it: its first characters, never the key or its hash. */
export function toApiKey(row: KeyRow): ApiKey {
  return {
    id: row.id,
    kind: row.kind,
    prefix: row.displayPrefix,
    origins: row.allowedOrigins,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** A district's keys, revoked ones too, oldest first. */
export async function districtKeys(db: Executor, districtCode: string): Promise<ApiKey[]> {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.districtCode, districtCode))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map(toApiKey);
}

/**
 * Revokes an active key (of `districtCode` only, when given); `undefined` when there is no such
 * active key. Servers cache keys briefly: the caller clears its cache (`KeyRing.clear`).
 */
export async function revokeKey(
  db: Executor,
  keyId: string,
  now: Date,
  districtCode?: string,
): Promise<ApiKey | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(
      and(
        eq(apiKeys.id, keyId),
        isNull(apiKeys.revokedAt),
        districtCode === undefined ? undefined : eq(apiKeys.districtCode, districtCode),
      ),
    )
    .returning();
  return row && toApiKey(row);
}
