import { describe, expect, it } from 'vitest';
import { normalizedScore, rankProposals } from './ranking.js';

const RUBRIC = [
  { id: 'research', name: '需求调研', weight: 30, maxScore: 10 },
  { id: 'design', name: '项目设计', weight: 40, maxScore: 10 },
  { id: 'impact', name: '预期成效', weight: 30, maxScore: 10 },
];
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 0, minute));

describe('rankProposals', () => {
  it('normalizes a reviewer’s scores by the rubric’s weights and maxima', () => {
    expect(normalizedScore(RUBRIC, { research: 8, design: 7, impact: 6 })).toBeCloseTo(0.7, 12);
    expect(normalizedScore(RUBRIC, { research: 10, design: 10, impact: 10 })).toBe(1);
  });

  it('gives a tie to the earlier proposal, and counts no votes as a share of 0', () => {
    const same = { votes: 0, reviews: [{ research: 5, design: 5, impact: 5 }] };
    const ranked = rankProposals(RUBRIC, { reviewers: 70, votes: 30 }, [
      { id: 'prp_later0000', createdAt: at(5), ...same },
      { id: 'prp_earlier000', createdAt: at(1), ...same },
    ]);
    expect(ranked.map((entry) => [entry.id, entry.rank])).toEqual([
      ['prp_earlier000', 1],
      ['prp_later0000', 2],
    ]);
    expect(ranked[0]!.blendedScore).toBeCloseTo(0.35, 12);
  });

  it('weights 100/0 ranks by reviewers alone; 0/100 by votes alone', () => {
    const entries = [
      {
        id: 'prp_a0000000',
        createdAt: at(1),
        votes: 9,
        reviews: [{ research: 2, design: 2, impact: 2 }],
      },
      {
        id: 'prp_b0000000',
        createdAt: at(2),
        votes: 1,
        reviews: [{ research: 9, design: 9, impact: 9 }],
      },
    ];
    expect(rankProposals(RUBRIC, { reviewers: 100, votes: 0 }, entries)[0]!.id).toBe(
      'prp_b0000000',
    );
    expect(rankProposals(RUBRIC, { reviewers: 0, votes: 100 }, entries)[0]!.id).toBe(
      'prp_a0000000',
    );
  });
});
