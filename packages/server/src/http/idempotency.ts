import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { queryTemplate } from '../db/prepared.js';
import { isUniqueViolation } from '../db/errors.js';
import { idempotencyKeys } from '../db/tables/index.js';
import type { OneStatementWrite } from '../services/one-statement.js';
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

/**
 * `once` in one statement: the key's row, with the response, is inserted only when `guard` holds
 * and the key is new, and the write only with it, so both happen or neither. `undefined` when
 * nothing was written — the key exists (a replay, a reuse or a request in progress), the guard
 * failed, or the write broke a unique rule — and the caller then takes the transaction path,
 * which answers each of those cases as `once` does. The text is built once per plan shape.
 */
export async function onceInOneStatement(
  db: Executor,
  scope: { apiKeyId: string; key: string; hash: string },
  status: number,
  plan: OneStatementWrite,
): Promise<(StoredResponse & { replayed: false }) | undefined> {
  const build = () => {
    const keyed = sql`${sql.identifier('keyed')}`;
    return sql`with ${keyed} as (
      insert into ${idempotencyKeys} (api_key_id, key, request_hash, response_status, response_body)
      select ${sql.placeholder('once.apiKeyId')}::text, ${sql.placeholder('once.key')}::text,
        ${sql.placeholder('once.hash')}::text, ${sql.placeholder('once.status')}::integer,
        ${sql.placeholder('once.body')}::jsonb
      where ${plan.guard()}
      on conflict do nothing
      returning 1
    ), written as (${plan.write(keyed)} returning 1)
    select (select count(*) from written)::integer as written`;
  };
  const values = {
    ...plan.values,
    'once.apiKeyId': scope.apiKeyId,
    'once.key': scope.key,
    'once.hash': scope.hash,
    'once.status': status,
    'once.body': JSON.stringify(plan.body),
  };
  try {
    const [result] = await queryTemplate<{ written: number }>(
      db,
      `once:${plan.shape}`,
      build,
      values,
      { returns: 'written integer' },
    );
    if (result?.written === 1) return { status, body: plan.body, replayed: false };
  } catch (error) {
    // Nothing was written (a statement is atomic): e.g. a donation reference drawn twice.
    if (!isUniqueViolation(error)) throw error;
  }
  plan.onMiss?.();
  return undefined;
}
