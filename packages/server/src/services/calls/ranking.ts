import type { Criterion } from '@wushe/schema';

/**
 * One reviewer's scores of a proposal as one number from 0 to 1: each criterion's score over its
 * maximum, weighted by the criterion's weight (需求调研 30, 项目设计 40, 预期成效 30 …).
 */
export function normalizedScore(
  rubric: readonly Criterion[],
  scores: Readonly<Record<string, number>>,
): number {
  const totalWeight = rubric.reduce((sum, criterion) => sum + criterion.weight, 0);
  const weighted = rubric.reduce(
    (sum, criterion) => sum + (criterion.weight * (scores[criterion.id] ?? 0)) / criterion.maxScore,
    0,
  );
  return totalWeight === 0 ? 0 : weighted / totalWeight;
}

export interface RankingEntry {
  readonly id: string;
  readonly createdAt: Date;
  readonly votes: number;
  /** Each reviewer's scores of the proposal. */
  readonly reviews: readonly Readonly<Record<string, number>>[];
}

export interface RankedProposal {
  readonly id: string;
  readonly rank: number;
  readonly votes: number;
  readonly voteShare: number;
  readonly reviewerScore: number;
  readonly blendedScore: number;
}

/** Two blends this close are a tie (floating point: 0.1 + 0.2 ≠ 0.3). */
const TIE = 1e-9;

/**
 * The ranking of a call (SPEC §11): each proposal's blend of the reviewers' mean normalized score
 * and its share of the public vote, by the call's weights (default 70 / 30):
 *
 *   blended = (reviewers × mean(normalizedScore) + votes × votes_p / Σ votes) / (reviewers + votes)
 *
 * A proposal no reviewer scored counts 0 for the reviewers' part; with no votes at all, every
 * share is 0. Highest blend first; a tie goes to the earlier proposal, then the smaller id.
 */
export function rankProposals(
  rubric: readonly Criterion[],
  weights: { readonly reviewers: number; readonly votes: number },
  entries: readonly RankingEntry[],
): RankedProposal[] {
  const totalVotes = entries.reduce((sum, entry) => sum + entry.votes, 0);
  const totalWeight = weights.reviewers + weights.votes;
  const scored = entries.map((entry) => {
    const reviewerScore =
      entry.reviews.length === 0
        ? 0
        : entry.reviews.reduce((sum, scores) => sum + normalizedScore(rubric, scores), 0) /
          entry.reviews.length;
    const voteShare = totalVotes === 0 ? 0 : entry.votes / totalVotes;
    const blendedScore =
      totalWeight === 0
        ? 0
        : (weights.reviewers * reviewerScore + weights.votes * voteShare) / totalWeight;
    return { entry, reviewerScore, voteShare, blendedScore };
  });
  scored.sort(
    (a, b) =>
      (Math.abs(a.blendedScore - b.blendedScore) > TIE ? b.blendedScore - a.blendedScore : 0) ||
      a.entry.createdAt.getTime() - b.entry.createdAt.getTime() ||
      (a.entry.id < b.entry.id ? -1 : 1),
  );
  return scored.map((item, index) => ({
    id: item.entry.id,
    rank: index + 1,
    votes: item.entry.votes,
    voteShare: item.voteShare,
    reviewerScore: item.reviewerScore,
    blendedScore: item.blendedScore,
  }));
}
