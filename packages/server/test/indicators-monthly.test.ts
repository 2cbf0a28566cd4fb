import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { needs } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { useNeedHelpers } from './needs-fixtures.js';

/** The linkage index month by month (`?series=monthly`): each month's figure built from known rows. */

const h = useHarness();
const { patch, postNeed, openNeed, claimed } = useNeedHelpers(h);

const JINXIU = '440113104001';
const NANCUN_TOWN = '440113104';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
type Report = any;

interface Month {
  month: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

async function monthly(from: string, to: string, division = JINXIU): Promise<Report> {
  const response = await h.request(
    'GET',
    `/v1/indicators?division=${division}&from=${from}&to=${to}&series=monthly`,
    { key: h.keys.sk },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

function figure(body: Report, division: string, id: string): Report {
  return body.divisions
    .find((d: { code: string }) => d.code === division)
    .indicators.find((i: { id: string }) => i.id === id);
}

/** Moves a need's posting (and its claim and fulfilment, if any) to a Beijing date and hour. */
async function postedOn(id: string, date: string, fulfilledOn?: string) {
  const at = new Date(`${date}T10:00:00+08:00`);
  await h.db
    .update(needs)
    .set({
      createdAt: at,
      ...(fulfilledOn
        ? { claimedAt: at, fulfilledAt: new Date(`${fulfilledOn}T10:00:00+08:00`) }
        : {}),
    })
    .where(eq(needs.id, id));
}

describe('GET /v1/indicators?series=monthly', () => {
  it('lists the months of the period, the first and last clipped, and none without the option', async () => {
    const body = await monthly('2026-01-15', '2026-03-10');
    expect(body.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const series = figure(body, JINXIU, 'needs_posted').series as Month[];
    expect(series.map((m) => m.month)).toEqual(body.months);
    const plain = await h.request('GET', '/v1/indicators?division=440113', { key: h.keys.sk });
    expect(plain.body.months).toBeUndefined();
    expect(plain.body.divisions[0].indicators[0].series).toBeUndefined();
    const bad = await h.request('GET', '/v1/indicators?division=440113&series=weekly', {
      key: h.keys.sk,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(['series']);
  });

  it("builds each month's needs posted, fulfilled and fulfilment rate from the rows", async () => {
    // January: two posted, one of them fulfilled in February; one posted before the period.
    const january = await openNeed();
    await claimed(january);
    await patch(january, { status: 'fulfilled' });
    await postedOn(january, '2026-01-20', '2026-02-03');
    await postedOn(await openNeed(), '2026-01-31');
    await postedOn(await openNeed(), '2026-01-14');
    // March: one posted and still pending review (not published: outside the rate's denominator).
    await postedOn(await postNeed(), '2026-03-01');

    const body = await monthly('2026-01-15', '2026-03-10');
    const months = (id: string, division = JINXIU) =>
      (figure(body, division, id).series as Month[]).map((m) => [
        m.value,
        m.numerator,
        m.denominator,
      ]);
    // The street holds the community's months; the months are on the division asked for only.
    const street = await monthly('2026-01-15', '2026-03-10', NANCUN_TOWN);
    expect(figure(street, NANCUN_TOWN, 'needs_posted').series).toEqual(
      figure(body, JINXIU, 'needs_posted').series,
    );
    expect(figure(street, JINXIU, 'needs_posted').series).toBeUndefined();
    expect(months('needs_posted')).toEqual([
      [2, null, null],
      [0, null, null],
      [1, null, null],
    ]);
    expect(months('needs_fulfilled')).toEqual([
      [0, null, null],
      [1, null, null],
      [0, null, null],
    ]);
    // Of January's two published needs one is fulfilled by now; February posted none; March's is
    // pending review.
    expect(months('fulfilment_rate')).toEqual([
      [50, 1, 2],
      [null, 0, 0],
      [null, 0, 0],
    ]);
    // The whole period sums the months (with the need posted before it starts).
    expect(figure(body, JINXIU, 'needs_posted').value).toBe(3);
  });
});
