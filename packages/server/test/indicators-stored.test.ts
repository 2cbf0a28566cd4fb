import { describe, expect, it } from 'vitest';
import { indicatorReports } from '../src/db/tables/index.js';
import { INDICATORS_FRESH_FOR_MS } from '../src/services/indicators/stored-report.js';
import { useHarness } from './harness.js';
import { JINXIU, PANYU } from './linkage-fixtures.js';
import { useNeedHelpers } from './needs-fixtures.js';
import { testClock } from './staff-fixtures.js';

/**
 * The linkage index is kept in the database and served while younger than
 * `INDICATORS_FRESH_FOR_MS`; `computedAt` says when it was computed.
 */

// Sunday 2026-12-06, 09:00 in Beijing.
const start = new Date('2026-12-06T01:00:00Z');
const clock = testClock(start);
const h = useHarness({ now: clock.now });
const { postNeed } = useNeedHelpers(h);

async function needsPosted(): Promise<{ computedAt: string; posted: number }> {
  const response = await h.request('GET', `/v1/indicators?division=${PANYU}`, { key: h.keys.sk });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const district = response.body.divisions[0] as { indicators: { id: string; value: number }[] };
  return {
    computedAt: response.body.computedAt,
    posted: district.indicators.find((i) => i.id === 'needs_posted')!.value,
  };
}

describe('GET /v1/indicators: a computed report is kept for a few minutes', () => {
  it('serves the same report within the window, a new one after it', async () => {
    clock.reset();
    const first = await needsPosted();
    expect(first).toEqual({ computedAt: start.toISOString(), posted: 0 });

    await postNeed({ communityId: JINXIU });
    clock.advance(INDICATORS_FRESH_FOR_MS - 1000);
    expect(await needsPosted()).toEqual(first);

    clock.advance(1000);
    const later = new Date(start.getTime() + INDICATORS_FRESH_FOR_MS).toISOString();
    expect(await needsPosted()).toEqual({ computedAt: later, posted: 1 });
    // One row per normalized query, replaced in place.
    expect(await h.db.select().from(indicatorReports)).toHaveLength(1);
  });

  it('keys the store by the normalized query: the default period is the dates it stands for', async () => {
    clock.reset();
    const implicit = await needsPosted();
    await postNeed({ communityId: JINXIU });
    const explicit = await h.request(
      'GET',
      `/v1/indicators?division=${PANYU}&from=2025-12-07&to=2026-12-06`,
      { key: h.keys.sk },
    );
    expect(explicit.body.computedAt).toBe(implicit.computedAt);
    const monthly = await h.request('GET', `/v1/indicators?division=${PANYU}&series=monthly`, {
      key: h.keys.sk,
    });
    expect(monthly.body.months).toHaveLength(13);
    expect(await h.db.select().from(indicatorReports)).toHaveLength(2);
  });

  it('the CSV carries computedAt in its computed_at column', async () => {
    clock.reset();
    const response = await h.app.request(`/v1/indicators?division=${JINXIU}`, {
      headers: { Authorization: `Bearer ${h.keys.sk}`, Accept: 'text/csv' },
    });
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]!.endsWith(',computed_at')).toBe(true);
    expect(lines[1]!.endsWith(`,${start.toISOString()}`)).toBe(true);
  });
});
