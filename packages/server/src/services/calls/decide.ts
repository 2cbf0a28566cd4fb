import { and, count, eq } from 'drizzle-orm';
import type { ApproveProposalRequest, CallDetail, Project } from '@wushe/schema';
import type * as z from 'zod/mini';
import {
  calls,
  callVotes,
  funds,
  projects,
  proposals,
  proposalScores,
} from '../../db/tables/index.js';
import type { DirectoryContext } from '../directory/context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { projectFor, toProject } from '../projects/present.js';
import { callDetail, callFor, ensureCallNotClosed } from './present.js';
import { rankProposals } from './ranking.js';

/**
 * `POST /v1/calls/{id}/close`: no more proposals, scores or votes; every proposal gets its rank by
 * the call's blend (`rankProposals`), stored with it, and the vote counts become public.
 */
export async function closeCall(ctx: DirectoryContext, callId: string): Promise<CallDetail> {
  const call = await callFor(ctx.tx, ctx.auth.districtCode, callId, { lock: true });
  ensureCallNotClosed(call, ctx.messages);
  const rows = await ctx.tx.select().from(proposals).where(eq(proposals.callId, call.id));
  const votes = await ctx.tx
    .select({ proposalId: callVotes.proposalId, n: count() })
    .from(callVotes)
    .where(eq(callVotes.callId, call.id))
    .groupBy(callVotes.proposalId);
  const reviews = await ctx.tx
    .select({ proposalId: proposalScores.proposalId, scores: proposalScores.scores })
    .from(proposalScores)
    .where(eq(proposalScores.callId, call.id));
  const ranking = rankProposals(
    call.rubric,
    { reviewers: call.reviewerWeight, votes: call.voteWeight },
    rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      votes: votes.find((vote) => vote.proposalId === row.id)?.n ?? 0,
      reviews: reviews.filter((review) => review.proposalId === row.id).map((r) => r.scores),
    })),
  );
  for (const { id, ...result } of ranking) {
    await ctx.tx.update(proposals).set({ result }).where(eq(proposals.id, id));
  }
  const [closed] = await ctx.tx
    .update(calls)
    .set({ status: 'closed', closedAt: ctx.deps.now() })
    .where(eq(calls.id, call.id))
    .returning();
  await ctx.audit('call.close', 'call', call.id, { ranking });
  return callDetail(ctx.tx, closed!);
}

/**
 * `POST /v1/calls/{id}/approvals`: a proposal of a closed call becomes a project of the call's
 * kind, `approved`, with the proposal's organization, places, needs and budget, funded by the
 * fund named (which must be the district's).
 */
export async function approveProposal(
  ctx: DirectoryContext,
  callId: string,
  body: z.output<typeof ApproveProposalRequest>,
): Promise<Project> {
  const call = await callFor(ctx.tx, ctx.auth.districtCode, callId, { lock: true });
  if (call.status !== 'closed') throw new DomainError('call_not_closed');
  const [proposal] = await ctx.tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, body.proposalId), eq(proposals.callId, call.id)));
  if (!proposal) throw new DomainError('not_found');
  if (proposal.projectId) {
    return toProject(
      await projectFor(ctx.tx, ctx.auth.districtCode, proposal.projectId),
      ctx.deps.now(),
    );
  }
  if (body.fundId) {
    const [fund] = await ctx.tx
      .select({ id: funds.id })
      .from(funds)
      .where(and(eq(funds.id, body.fundId), eq(funds.districtCode, ctx.auth.districtCode)));
    if (!fund) throw new DomainError('not_found');
  }
  const now = ctx.deps.now();
  const [project] = await ctx.tx
    .insert(projects)
    .values({
      id: newId('prj'),
      districtCode: ctx.auth.districtCode,
      title: proposal.title,
      kind: call.kind,
      organizationId: proposal.organizationId,
      needId: proposal.needIds[0] ?? null,
      needIds: proposal.needIds,
      communityCode: proposal.communityCodes[0] ?? null,
      communityCodes: proposal.communityCodes,
      streetCodes: proposal.streetCodes,
      fundId: body.fundId ?? null,
      budgetFen: proposal.budgetFen,
      startsOn: now.toISOString().slice(0, 10),
      status: 'approved',
      createdAt: now,
    })
    .returning();
  await ctx.tx
    .update(proposals)
    .set({ projectId: project!.id })
    .where(eq(proposals.id, proposal.id));
  await ctx.audit('call.approve', 'call', call.id, {
    proposalId: proposal.id,
    projectId: project!.id,
    fundId: body.fundId ?? null,
  });
  return toProject(await projectFor(ctx.tx, ctx.auth.districtCode, project!.id), now);
}
