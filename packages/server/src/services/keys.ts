import type { Executor } from '../db/database.js';
import { apiKeys } from '../db/tables/index.js';
import { newId, randomString } from './ids.js';
import { sha256 } from './secrets.js';

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
    allowedOrigins?: string[];
    key?: string;
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
    allowedOrigins: options.kind === 'publishable' ? (options.allowedOrigins ?? []) : [],
  });
  return { id, key };
}
