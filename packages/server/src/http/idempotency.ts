import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { idempotencyKeys } from '../db/tables/index.js';
import { sha256 } from '../services/secrets.js';
import { ApiError } from './errors.js';

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
}

/** What makes two requests "the same": method, path and the body as sent. */
export function requestHash(method: string, path: string, rawBody: string): string {
  return sha256(`${method} ${path}\n${rawBody}`);
}

/**
 * Runs `work` once per idempotency key, inside the caller's transaction. The key's row is
 * inserted first: a concurrent request with the same key blocks on the primary key until this
 * transaction ends, then finds the stored response and replays it. The same key with another body
 * is 422 `idempotency_key_reused`. Only successful responses are stored: a failed attempt rolls
 * back with its transaction and may be retried with the same key.
 */
export async function once(
  tx: Executor,
  scope: { apiKeyId: string; key: string; hash: string },
  work: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({
      apiKeyId: scope.apiKeyId,
      key: scope.key,
      requestHash: scope.hash,
      responseStatus: 0,
      responseBody: sql`'null'::jsonb`,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 0) {
    const [stored] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.apiKeyId, scope.apiKeyId), eq(idempotencyKeys.key, scope.key)));
    if (!stored) throw new ApiError('idempotency_in_progress');
    if (stored.requestHash !== scope.hash) throw new ApiError('idempotency_key_reused');
    if (stored.responseStatus === 0) throw new ApiError('idempotency_in_progress');
    return { status: stored.responseStatus, body: stored.responseBody, replayed: true };
  }
  const response = await work();
  await tx
    .update(idempotencyKeys)
    .set({ responseStatus: response.status, responseBody: response.body })
    .where(and(eq(idempotencyKeys.apiKeyId, scope.apiKeyId), eq(idempotencyKeys.key, scope.key)));
  return { ...response, replayed: false };
}
