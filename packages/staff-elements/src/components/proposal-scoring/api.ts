import {
  getCallRoute,
  listStaffQueueRoute,
  scoreProposalRoute,
  type CallDetail,
  type Proposal,
  type ProposalScore,
  type QueueItem,
  type ScoreProposalRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** A proposal waiting for this reviewer's scores, as the `proposals_to_score` list gives it. */
type ProposalToScoreItem = Extract<QueueItem, { kind: 'proposals_to_score' }>;

/** How many proposals one load shows. */
export const PROPOSALS_PAGE = 50;

/** A call the reviewer is assigned to, with its rubric and the proposals still to score. */
export interface CallToScore {
  readonly call: CallDetail;
  readonly proposals: readonly Proposal[];
}

/**
 * The proposals the reviewer has yet to score (`GET /v1/staff/queue?kind=proposals_to_score`,
 * which the server narrows to the calls the person reviews), grouped by call, each call read
 * with its rubric (`GET /v1/calls/{id}`).
 */
export async function loadCallsToScore(
  requester: Requester,
  signal: AbortSignal,
): Promise<CallToScore[]> {
  const page = await requester.call(
    listStaffQueueRoute,
    { query: { kind: 'proposals_to_score', limit: PROPOSALS_PAGE } },
    { signal },
  );
  const items = page.data.filter(
    (item): item is ProposalToScoreItem => item.kind === 'proposals_to_score',
  );
  const callIds = [...new Set(items.map((item) => item.callId))];
  return Promise.all(
    callIds.map(async (id) => {
      const call = await requester.call(getCallRoute, { params: { id } }, { signal });
      const waiting = new Set(items.map((item) => item.id));
      return { call, proposals: call.proposals.filter((proposal) => waiting.has(proposal.id)) };
    }),
  );
}

/** A reviewer's scores of one proposal: `POST /v1/calls/{id}/scores` (audited with the person). */
export function scoreProposal(
  requester: Requester,
  callId: string,
  body: ScoreProposalRequest,
): Promise<ProposalScore> {
  return requester.call(scoreProposalRoute, { params: { id: callId }, body });
}
