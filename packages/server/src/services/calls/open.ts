import { and, desc, eq, gt, lt, lte, or, type SQL } from 'drizzle-orm';
import {
  DEFAULT_CALL_WEIGHTS,
  type Call,
  type CallListStatus,
  type CreateCallRequest,
  type ListCallsQuery,
  type Page,
} from '@wushe/schema';
import type * as z from 'zod/mini';
import type { Executor } from '../../db/database.js';
import { calls } from '../../db/tables/index.js';
import { decodeCursor, invalidCursor, pageOf, pageSize } from '../../routes/pagination.js';
import type { DirectoryContext } from '../directory/context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { toCall } from './present.js';

/** `POST /v1/calls`: a street or the district opens a call (the route checks who may). */
export async function createCall(
  ctx: DirectoryContext,
  body: z.output<typeof CreateCallRequest>,
): Promise<Call> {
  if (!body.divisionId.startsWith(ctx.auth.districtCode)) throw new DomainError('not_found');
  const weights = body.weights ?? DEFAULT_CALL_WEIGHTS;
  const [row] = await ctx.tx
    .insert(calls)
    .values({
      id: newId('call'),
      districtCode: ctx.auth.districtCode,
      divisionCode: body.divisionId,
      title: body.title,
      kind: body.kind,
      budgetFen: body.budgetFen,
      opensAt: body.opensAt === undefined ? ctx.deps.now() : new Date(body.opensAt),
      proposalsCloseAt: new Date(body.proposalsCloseAt),
      needCategories: [...new Set(body.needCategories)],
      rubric: body.rubric,
      reviewerWeight: weights.reviewers,
      voteWeight: weights.votes,
      status: 'open',
      createdAt: ctx.deps.now(),
    })
    .returning();
  const call = toCall(row!);
  await ctx.audit('call.open', 'call', call.id, { call });
  return call;
}

/** `open`: opened and not closed; `upcoming`: not closed and not opened yet; `closed`. */
function statusFilter(status: CallListStatus | undefined, now: Date): SQL | undefined {
  if (status === 'open') return and(eq(calls.status, 'open'), lte(calls.opensAt, now));
  if (status === 'upcoming') return and(eq(calls.status, 'open'), gt(calls.opensAt, now));
  return status ? eq(calls.status, status) : undefined;
}

/** `GET /v1/calls`: newest first, by the division that opened them and status. */
export async function listCalls(
  tx: Executor,
  districtCode: string,
  query: z.output<typeof ListCallsQuery>,
  now: Date,
): Promise<Page<Call>> {
  const limit = pageSize(query.limit);
  const after = decodeCursor(query.cursor, ['string', 'string']) as [string, string] | undefined;
  const at = after ? new Date(after[0]) : undefined;
  if (at && Number.isNaN(at.getTime())) throw invalidCursor();
  const where: (SQL | undefined)[] = [
    eq(calls.districtCode, districtCode),
    query.division ? eq(calls.divisionCode, query.division) : undefined,
    statusFilter(query.status, now),
    after && at
      ? or(lt(calls.createdAt, at), and(eq(calls.createdAt, at), lt(calls.id, after[1])))
      : undefined,
  ];
  const rows = await tx
    .select()
    .from(calls)
    .where(and(...where))
    .orderBy(desc(calls.createdAt), desc(calls.id))
    .limit(limit + 1);
  return pageOf(rows, limit, toCall, (row) => [row.createdAt.toISOString(), row.id]);
}
