import { refuseDuplicate } from '../../db/errors.js';
import { and, eq, inArray } from 'drizzle-orm';
import type { ErrorCode } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { claims, needs } from '../../db/tables/index.js';
import type { Auth } from '../context.js';
import { DomainError } from '../errors.js';
import { isPublicNeed, type ClaimRow, type NeedRow } from './present.js';

/**
 * The need `id` as this caller may see it, or 404 `not_found`: another district's need, and for a
 * publishable key one that is not public (under review, rejected, closed or hidden), look exactly
 * like a need that does not exist, so nothing about them leaks.
 *
 * `lock` takes the row lock (`FOR UPDATE`) that serialises every change to one need: claims,
 * reports and staff updates of the same need run one after another and each sees the last one's
 * result.
 */
export async function needFor(
  tx: Executor,
  auth: Auth,
  id: string,
  options: { lock?: boolean } = {},
): Promise<NeedRow> {
  const query = tx
    .select()
    .from(needs)
    .where(and(eq(needs.id, id), eq(needs.districtCode, auth.districtCode)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || (auth.kind === 'publishable' && !isPublicNeed(row))) {
    throw new DomainError('not_found');
  }
  return row;
}

/**
 * The claim shown with each need, by need id: the active claim, or the completed one of a
 * fulfilled need. Released claims are history and never shown. The lifecycle leaves at most one
 * such claim per need (one active, by index; completed only once, as `fulfilled` is final).
 */
export async function shownClaims(
  tx: Executor,
  needIds: readonly string[],
): Promise<Map<string, ClaimRow>> {
  if (needIds.length === 0) return new Map();
  const rows = await shownClaimsQuery(tx, needIds);
  return new Map(rows.map((row) => [row.needId, row]));
}

/** The query of `shownClaims`, unrun: a test EXPLAINs it (by need, through `claims_need_idx`). */
export function shownClaimsQuery(tx: Executor, needIds: readonly string[]) {
  return tx
    .select()
    .from(claims)
    .where(and(inArray(claims.needId, [...needIds]), inArray(claims.status, SHOWN_CLAIMS)));
}

const SHOWN_CLAIMS = ['active', 'completed'];

export async function shownClaim(tx: Executor, needId: string): Promise<ClaimRow | undefined> {
  return (await shownClaims(tx, [needId])).get(needId);
}

/**
 * Runs an insert whose unique violation of `constraint` is the refusal `code` (a second claim, a
 * second report). On PostgreSQL the failed insert aborted the transaction, so the refusal is
 * thrown at once: nothing else may run in it.
 */
export async function insertRefusingDuplicate<T>(
  insert: PromiseLike<T>,
  constraint: string,
  code: ErrorCode,
): Promise<T> {
  return Promise.resolve(insert).catch(refuseDuplicate([constraint], code));
}
