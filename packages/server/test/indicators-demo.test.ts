import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingCalendar } from '@wushe/schema';
import { CHINA_HOLIDAYS } from '../src/seed/demo/holidays.js';
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

  it('enters the 2025 and 2026 holidays with 调休, so the demo year knows its calendar', async () => {
    const calendar = workingCalendar(CHINA_HOLIDAYS);
    // National Day 2026: off 1–7 October; Saturday 10 October is worked (调休).
    expect(addWorkingDays('2026-09-30', 1, calendar).date).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, calendar).date).toBe('2026-10-10');
    // 春节 2025: off 28 January – 4 February; Sunday 26 January is worked.
    expect(addWorkingDays('2025-01-24', 1, calendar).date).toBe('2025-01-26');
    const known = await h.request(
      'GET',
      '/v1/indicators?division=440113&from=2025-06-01&to=2026-05-31',
      { key: h.keys.sk },
    );
    expect(known.body.calendarKnown).toBe(true);
    const changning = await h.request('GET', '/v1/indicators?division=310105&from=2026-01-01', {
      key: h.keys.otherSk,
    });
    expect(changning.body.calendarKnown).toBe(true);
    // A year nobody entered yet counts weekends only, and says so.
    const later = await h.request(
      'GET',
      '/v1/indicators?division=440113&from=2027-01-01&to=2027-03-31',
      { key: h.keys.sk },
    );
    expect(later.body.calendarKnown).toBe(false);
  });
});
