import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { seedDemoFixture } from './seed-fixtures.js';

/** The demo's year of the linkage: the index shows communities above and below each target. */

const h = useHarness({}, { reset: 'once' });

interface Figure {
  id: string;
  score: number | null;
  withheld?: boolean;
  denominator: number | null;
}
interface Division {
  code: string;
  level: string;
  indicators: Figure[];
}

async function communitiesOf(key: string, division: string): Promise<Division[]> {
  const response = await h.request('GET', `/v1/indicators?division=${division}`, { key });
  expect(response.status).toBe(200);
  return (response.body.divisions as Division[]).filter((d) => d.level === 'community');
}

const scores = (divisions: Division[], id: string) =>
  divisions.map((d) => d.indicators.find((i) => i.id === id)!.score);

describe('the demo seed on the linkage index', () => {
  it('has communities meeting and missing each target, and ratings shown and withheld', async () => {
    await seedDemoFixture(h);
    const panyu = await communitiesOf(h.keys.sk, '440113');
    for (const id of ['social_orgs_per_community', 'volunteers_per_hundred_residents']) {
      expect(scores(panyu, id), id).toContain(5);
      expect(
        scores(panyu, id).some((score) => score !== null && score < 5),
        id,
      ).toBe(true);
    }
    const withheld = panyu.map((d) => d.indicators.find((i) => i.id === 'csat')!.withheld);
    expect(withheld).toContain(true);
    expect(withheld).toContain(false);
    const due = panyu.map((d) => d.indicators.find((i) => i.id === 'low_ratings_followed_up')!);
    expect(due.some((figure) => (figure.denominator ?? 0) > 0)).toBe(true);

    const changning = await communitiesOf(h.keys.otherSk, '310105');
    const changningScores = scores(changning, 'social_orgs_per_community_changning');
    expect(changningScores).toContain(5);
    expect(changningScores.some((score) => score !== null && score < 5)).toBe(true);
  });
});
