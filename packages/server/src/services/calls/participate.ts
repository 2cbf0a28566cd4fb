import { and, eq } from 'drizzle-orm';
import {
  CRITERION_MIN_SCORE,
  fieldIssue,
  type CreateProposalRequest,
  type Proposal,
  type ProposalScore,
  type RouteDefinition,
  type ScoreProposalRequest,
  type Vote,
  type VoteRequest,
} from '@wushe/schema';
import type * as z from 'zod/mini';
import { callVotes, organizations, proposals, proposalScores } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import type { DirectoryContext } from '../directory/context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { servedPlaces } from '../linkage/places.js';
import { insertRefusingDuplicate } from '../needs/store.js';
import { keyedHash } from '../secrets.js';
import { callFor, ensureCallOpen, toProposal } from './present.js';
import { normalizedScore } from './ranking.js';

/**
 * `POST /v1/calls/{id}/proposals`: an organization proposes a project. After the call's deadline
 * the proposal is refused, `409 proposal_deadline_passed` at `id`, and nothing is stored.
 */
export async function createProposal(
  ctx: DirectoryContext,
  callId: string,
  body: z.output<typeof CreateProposalRequest>,
): Promise<Proposal> {
  const call = await callFor(ctx.tx, ctx.auth.districtCode, callId, { lock: true });
  const now = ctx.deps.now();
  ensureCallOpen(call, now, ctx.messages);
  if (now.getTime() > call.proposalsCloseAt.getTime()) {
    throw new DomainError('proposal_deadline_passed', [
      fieldIssue(
        ['id'],
        'deadline_passed',
        { deadline: call.proposalsCloseAt.toISOString() },
        ctx.messages,
      ),
    ]);
  }
  const [organization] = await ctx.tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, body.organizationId),
        eq(organizations.districtCode, ctx.auth.districtCode),
      ),
    );
  if (!organization) throw new DomainError('not_found');
  const places = await servedPlaces(
    ctx.tx,
    ctx.auth.districtCode,
    body.communityIds,
    'communityIds',
    ctx.messages,
  );
  const [row] = await ctx.tx
    .insert(proposals)
    .values({
      id: newId('prp'),
      callId: call.id,
      organizationId: body.organizationId,
      title: body.title,
      summary: body.summary,
      ...places,
      needIds: [...new Set(body.needIds)],
      budgetFen: body.budgetFen,
      createdAt: now,
    })
    .returning();
  await ctx.audit('call.propose', 'call', call.id, { proposalId: row!.id });
  return toProposal(row!, organization.name, false);
}

/**
 * `POST /v1/calls/{id}/scores`: a reviewer of the call scores a proposal on every criterion. A
 * score missing, or outside 0 to the criterion's maximum, is `400 score_out_of_range` at
 * `scores.{criterion}`; a criterion the rubric does not have, at its key too. A second scoring
 * by the same reviewer replaces the first.
 */
export async function scoreProposal(
  ctx: DirectoryContext,
  callId: string,
  body: z.output<typeof ScoreProposalRequest>,
): Promise<ProposalScore> {
  const call = await callFor(ctx.tx, ctx.auth.districtCode, callId);
  ensureCallOpen(call, ctx.deps.now(), ctx.messages);
  const issues = [
    ...call.rubric.flatMap((criterion) => {
      const score = body.scores[criterion.id];
      return score !== undefined &&
        Number.isFinite(score) &&
        score >= CRITERION_MIN_SCORE &&
        score <= criterion.maxScore
        ? []
        : [
            fieldIssue(
              ['scores', criterion.id],
              'score_range',
              { maximum: criterion.maxScore },
              ctx.messages,
            ),
          ];
    }),
    ...Object.keys(body.scores)
      .filter((key) => !call.rubric.some((criterion) => criterion.id === key))
      .map((key) => fieldIssue(['scores', key], 'unknown_field', undefined, ctx.messages)),
  ];
  if (issues.length > 0) throw new DomainError('score_out_of_range', issues);
  const [proposal] = await ctx.tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.id, body.proposalId), eq(proposals.callId, call.id)));
  if (!proposal) throw new DomainError('not_found');
  const accountId = ctx.auth.staff?.account.id ?? `key:${ctx.auth.apiKeyId}`;
  await ctx.tx
    .insert(proposalScores)
    .values({
      proposalId: proposal.id,
      callId: call.id,
      accountId,
      scores: body.scores,
      createdAt: ctx.deps.now(),
    })
    .onConflictDoUpdate({
      target: [proposalScores.proposalId, proposalScores.accountId],
      set: { scores: body.scores, createdAt: ctx.deps.now() },
    });
  await ctx.audit('call.score', 'call', call.id, { proposalId: proposal.id, scores: body.scores });
  return {
    proposalId: proposal.id,
    scores: body.scores,
    normalized: normalizedScore(call.rubric, body.scores),
  };
}

export type VoteContext = Pick<
  ServiceContext<RouteDefinition>,
  'tx' | 'auth' | 'deps' | 'messages'
>;

/**
 * `POST /v1/calls/{id}/votes` (一户一票): one vote per respondent token per call, stored only as a
 * keyed hash. The unique index `call_votes_one_per_respondent` decides: of two concurrent votes
 * with one token, one is stored and the other is `409 already_voted` at `respondentToken`.
 */
export async function voteInCall(
  ctx: VoteContext,
  callId: string,
  body: z.output<typeof VoteRequest>,
): Promise<Vote> {
  const call = await callFor(ctx.tx, ctx.auth.districtCode, callId);
  ensureCallOpen(call, ctx.deps.now(), ctx.messages);
  const [proposal] = await ctx.tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.id, body.proposalId), eq(proposals.callId, call.id)));
  if (!proposal) throw new DomainError('not_found');
  const [row] = await insertRefusingDuplicate(
    ctx.tx
      .insert(callVotes)
      .values(newVoteRow(ctx, call.id, proposal.id, body))
      .returning(),
    'call_votes_one_per_respondent',
    'already_voted',
  ).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'already_voted') {
      throw new DomainError('already_voted', [
        fieldIssue(['respondentToken'], 'already_voted', undefined, ctx.messages),
      ]);
    }
    throw error;
  });
  return toVote(row!);
}

/**
 * The row of a vote, every column as the database stores it: the one place both ways of voting
 * (the transaction, `voteInCall`; one statement, `voteInOneStatement`) build it. The respondent
 * token is kept only as a keyed hash.
 */
export function newVoteRow(
  ctx: Pick<VoteContext, 'deps'>,
  callId: string,
  proposalId: string,
  body: z.output<typeof VoteRequest>,
): typeof callVotes.$inferSelect {
  return {
    callId,
    proposalId,
    respondentHash: keyedHash(ctx.deps.secrets, body.respondentToken),
    createdAt: ctx.deps.now(),
  };
}

/** A vote as its voter is told: never the respondent's hash. */
export function toVote(row: typeof callVotes.$inferSelect): Vote {
  return { callId: row.callId, proposalId: row.proposalId, createdAt: row.createdAt.toISOString() };
}
