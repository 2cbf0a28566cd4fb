import { and, asc, eq } from 'drizzle-orm';
import { fieldIssue, type Call, type CallDetail, type Proposal, type Wording } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { calls, organizations, proposals } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

export type CallRow = typeof calls.$inferSelect;
type ProposalRow = typeof proposals.$inferSelect;

export function toCall(row: CallRow): Call {
  return {
    id: row.id,
    divisionId: row.divisionCode,
    title: row.title,
    kind: row.kind as Call['kind'],
    budgetFen: row.budgetFen,
    opensAt: row.opensAt.toISOString(),
    proposalsCloseAt: row.proposalsCloseAt.toISOString(),
    needCategories: row.needCategories as Call['needCategories'],
    rubric: row.rubric,
    weights: { reviewers: row.reviewerWeight, votes: row.voteWeight },
    status: row.status as Call['status'],
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** A proposal; its result (votes, rank) is shown only once the call has closed. */
export function toProposal(row: ProposalRow, organizationName: string, closed: boolean): Proposal {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName,
    title: row.title,
    summary: row.summary,
    communityIds: row.communityCodes,
    needIds: row.needIds,
    budgetFen: row.budgetFen,
    createdAt: row.createdAt.toISOString(),
    projectId: row.projectId,
    result: closed ? row.result : null,
  };
}

/** The district's call, or 404; `lock` serialises the writes that depend on its status. */
export async function callFor(
  tx: Executor,
  districtCode: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<CallRow> {
  const query = tx
    .select()
    .from(calls)
    .where(and(eq(calls.id, id), eq(calls.districtCode, districtCode)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new DomainError('not_found');
  return row;
}

/** The call with its proposals, earliest first (ranked first once it has closed). */
export async function callDetail(tx: Executor, row: CallRow): Promise<CallDetail> {
  const closed = row.status === 'closed';
  const rows = await tx
    .select({ proposal: proposals, organizationName: organizations.name })
    .from(proposals)
    .innerJoin(organizations, eq(organizations.id, proposals.organizationId))
    .where(eq(proposals.callId, row.id))
    .orderBy(asc(proposals.createdAt), asc(proposals.id));
  const shown = rows.map(({ proposal, organizationName }) =>
    toProposal(proposal, organizationName, closed),
  );
  if (closed) shown.sort((a, b) => (a.result?.rank ?? 0) - (b.result?.rank ?? 0));
  return { ...toCall(row), proposals: shown };
}

/** Refuses a step of a call that has closed: `409 call_not_open` at the call's `id` (the path's). */
export function ensureCallNotClosed(call: CallRow, messages: Wording | undefined): void {
  if (call.status !== 'open') {
    throw new DomainError('call_not_open', [
      fieldIssue(['id'], 'call_closed', undefined, messages),
    ]);
  }
}

/**
 * Refuses a proposal, score or vote outside the call's time: after it has closed, or before its
 * `opensAt` (`409 call_not_open` at `id`, issue `call_not_yet_open` naming the opening).
 */
export function ensureCallOpen(call: CallRow, now: Date, messages: Wording | undefined): void {
  ensureCallNotClosed(call, messages);
  if (now.getTime() < call.opensAt.getTime()) {
    throw new DomainError('call_not_open', [
      fieldIssue(['id'], 'call_not_yet_open', { opensAt: call.opensAt.toISOString() }, messages),
    ]);
  }
}
