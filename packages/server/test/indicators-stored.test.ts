import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { districts, indicatorReports } from '../src/db/tables/index.js';
import {
  INDICATORS_FRESH_FOR_MS,
  INDICATORS_KEPT_UNREAD_MS,
  INDICATORS_REFRESH_AFTER_MS,
  refreshIndicatorReports,
} from '../src/services/indicators/stored-report.js';
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

  it('sends the kept JSON gzipped as it is to a client that takes gzip, plain to one that does not', async () => {
    clock.reset();
    const plain = await h.app.request(`/v1/indicators?division=${PANYU}`, {
      headers: { Authorization: `Bearer ${h.keys.sk}` },
    });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const text = await plain.text();
    const zipped = await h.app.request(`/v1/indicators?division=${PANYU}`, {
      headers: { Authorization: `Bearer ${h.keys.sk}`, 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(zipped.headers.get('Vary')).toMatch(/Accept-Encoding/);
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 4);
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    const refused = await h.app.request(`/v1/indicators?division=${PANYU}`, {
      headers: { Authorization: `Bearer ${h.keys.sk}`, 'Accept-Encoding': 'gzip;q=0, identity' },
    });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
    expect(await refused.text()).toBe(text);
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

describe('the refresher keeps the index being read fresh, so no reader computes it', () => {
  /** Each district's own index is refreshed whether read or not. */
  const districtCount = async () => (await h.db.select().from(districts)).length;

  it("computes each district's own index ahead of the first reader", async () => {
    clock.reset();
    expect(await refreshIndicatorReports(h.db, clock.now())).toBeGreaterThanOrEqual(1);
    clock.advance(30_000);
    // Served as the refresher computed it, 30 s earlier: the reader computed nothing.
    expect((await needsPosted()).computedAt).toBe(start.toISOString());
  });

  it('computes again what is read once it is due, and a new need shows without a reader waiting', async () => {
    clock.reset();
    expect(await refreshIndicatorReports(h.db, clock.now())).toBe(await districtCount());
    await needsPosted();
    await postNeed({ communityId: JINXIU });
    clock.advance(INDICATORS_REFRESH_AFTER_MS - 1000);
    expect(await refreshIndicatorReports(h.db, clock.now())).toBe(0);
    clock.advance(1000);
    const refreshedAt = clock.now().toISOString();
    expect(await refreshIndicatorReports(h.db, clock.now())).toBe(await districtCount());
    clock.advance(INDICATORS_FRESH_FOR_MS - INDICATORS_REFRESH_AFTER_MS + 1000);
    expect(await needsPosted()).toEqual({ computedAt: refreshedAt, posted: 1 });
  });

  it("follows a report asked without dates to the next day's period at midnight", async () => {
    // 23:59 in Beijing on 2026-12-06.
    clock.set(new Date('2026-12-06T15:59:00Z'));
    await needsPosted();
    clock.advance(2 * 60_000);
    await refreshIndicatorReports(h.db, clock.now());
    const periods = await h.db
      .select({ from: indicatorReports.from, to: indicatorReports.to })
      .from(indicatorReports);
    expect(periods).toContainEqual({ from: '2025-12-08', to: '2026-12-07' });
    expect((await needsPosted()).computedAt).toBe('2026-12-06T16:01:00.000Z');
  });

  it('computes each report once when processes refresh at the same moment', async () => {
    clock.reset();
    await needsPosted();
    await h.request('GET', `/v1/indicators?division=${JINXIU}`, { key: h.keys.sk });
    clock.advance(INDICATORS_REFRESH_AFTER_MS);
    const passes = await Promise.all(
      [1, 2, 3].map(() => refreshIndicatorReports(h.db, clock.now())),
    );
    // Each district's own (番禺's read) and 锦绣香江's: each computed by one of the three.
    expect(passes.reduce((sum, n) => sum + n, 0)).toBe((await districtCount()) + 1);
  });

  it('goes on past a report that fails, and reports it', async () => {
    clock.reset();
    // A report read for a community since removed from the district: computing it is a 404.
    await h.db.insert(indicatorReports).values({
      districtCode: PANYU,
      division: '440113104999',
      from: '2025-12-07',
      to: '2026-12-06',
      series: '',
      implicit: false,
      body: new Uint8Array(0),
      computedAt: new Date(0),
      readAt: clock.now(),
    });
    const failures: unknown[] = [];
    const computed = await refreshIndicatorReports(h.db, clock.now(), (error) => {
      failures.push(error);
    });
    expect(failures).toHaveLength(1);
    expect(computed).toBe(await districtCount());
    expect((await needsPosted()).computedAt).toBe(start.toISOString());
  });

  it('drops a report nobody has read for a day', async () => {
    clock.reset();
    await h.request('GET', `/v1/indicators?division=${JINXIU}`, { key: h.keys.sk });
    clock.advance(INDICATORS_KEPT_UNREAD_MS);
    await refreshIndicatorReports(h.db, clock.now());
    const divisions = (
      await h.db.select({ division: indicatorReports.division }).from(indicatorReports)
    ).map((row) => row.division);
    expect(divisions).not.toContain(JINXIU);
    expect(divisions).toContain(PANYU);
  });
});
