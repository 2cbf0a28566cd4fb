import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../src/db/database.js';
import * as tables from '../src/db/tables/index.js';
import { DEMO_KEYS } from '../src/seed/demo.js';
import { sha256 } from '../src/services/secrets.js';
import { useHarness } from './harness.js';
import { seedDemoFixture, sum } from './seed-fixtures.js';

/** The demo keys, and the seeded demo as the API serves it. */

const h = useHarness();
beforeEach(() => seedDemoFixture(h));

describe('the demo keys', () => {
  it('open 番禺区 with 锦绣香江社区 under 南村镇, from any loopback origin', async () => {
    for (const origin of [undefined, 'http://localhost:5173', 'http://127.0.0.1:8080']) {
      const response = await h.request('GET', '/v1/divisions', {
        key: DEMO_KEYS.publishable,
        headers: origin ? { Origin: origin } : {},
      });
      expect(response.status, origin).toBe(200);
      expect(response.body.name).toBe('番禺区');
      const nancun = response.body.streets.find(
        (street: { code: string }) => street.code === '440113104',
      );
      expect(nancun.communities).toContainEqual(
        expect.objectContaining({ code: '440113104001', name: '锦绣香江社区' }),
      );
    }
  });

  it('refuses the demo publishable key from a page elsewhere', async () => {
    const response = await h.request('GET', '/v1/divisions', {
      key: DEMO_KEYS.publishable,
      headers: { Origin: 'https://portal.example.com' },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('origin_not_allowed');
  });

  it('open 长宁区 with its own pair, and the secret keys are staff keys', async () => {
    const response = await h.request('GET', '/v1/divisions', {
      key: DEMO_KEYS.changning.publishable,
    });
    expect(response.body.name).toBe('长宁区');
    expect(response.body.streets.length).toBeGreaterThanOrEqual(10);
    for (const [key, district] of [
      [DEMO_KEYS.secret, '440113'],
      [DEMO_KEYS.changning.secret, '310105'],
    ] as const) {
      const [row] = await h.db
        .select()
        .from(tables.apiKeys)
        .where(eq(tables.apiKeys.keyHash, sha256(key)));
      expect(row).toMatchObject({ kind: 'secret', districtCode: district, allowedOrigins: [] });
    }
  });
});

/** Every item of a cursor-paginated list, page by page; each page passes the contract check. */
async function collect(path: string, key: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await h.request(
      'GET',
      cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path,
      { key },
    );
    expect(page.status, path).toBe(200);
    items.push(...(page.body.data as Record<string, unknown>[]));
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

describe('the demo as the API serves it (every response checked against the contract)', () => {
  it('lists the seeded organizations of the key’s district only', async () => {
    const served = await collect('/v1/organizations?limit=5', DEMO_KEYS.publishable);
    const rows = await h.db
      .select()
      .from(tables.organizations)
      .where(eq(tables.organizations.districtCode, '440113'));
    expect(served.map((org) => org.name).sort()).toEqual(rows.map((row) => row.name).sort());
    const jinxiu = await collect('/v1/organizations?community=440113104001', DEMO_KEYS.publishable);
    expect(jinxiu.map((org) => org.name)).toEqual(
      expect.arrayContaining(['锦绣香江长者会', '朗诵歌唱艺术协会', '锦绣香江诗词社']),
    );
    const changning = await collect('/v1/organizations', DEMO_KEYS.changning.publishable);
    expect(changning.map((org) => org.name)).toContain('上海市长宁区新华社区基金会');
    expect(changning.map((org) => org.name)).not.toContain('锦绣香江长者会');
  });

  it('serves every need to staff, the public ones to residents, and finds them by search', async () => {
    const all = await collect('/v1/needs?limit=7', DEMO_KEYS.secret);
    const [panyu] = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from needs where district_code = '440113'`,
    );
    expect(all).toHaveLength(panyu!.n);
    const shown = await collect('/v1/needs', DEMO_KEYS.publishable);
    expect(new Set(shown.map((need) => need.status))).toEqual(
      new Set(['open', 'claimed', 'fulfilled']),
    );
    const found = await collect(
      `/v1/needs?q=${encodeURIComponent('助行器')}`,
      DEMO_KEYS.publishable,
    );
    expect(found.map((need) => need.title)).toEqual(['为独居长者添置助行器']);
  });

  it('serves the activities, the funds with their ledgers, and the hours', async () => {
    const activities = await collect('/v1/activities', DEMO_KEYS.publishable);
    const upcoming = await h.db
      .select({ id: tables.activities.id })
      .from(tables.activities)
      .where(sql`district_code = '440113' and ends_at > now()`);
    expect(activities.map((activity) => activity.id).sort()).toEqual(
      upcoming.map((activity) => activity.id).sort(),
    );
    expect(activities.some((activity) => activity.waitlisted !== 0)).toBe(true);
    for (const fund of await collect('/v1/funds', DEMO_KEYS.publishable)) {
      const detail = await h.request('GET', `/v1/funds/${String(fund.id)}`, {
        key: DEMO_KEYS.publishable,
      });
      expect(detail.status).toBe(200);
      // Gifts here go to a direct fund with its disclosure; a platform fund's go to the platform.
      expect(detail.body.donatable).toBe(fund.mode === 'direct' && fund.disclosure !== null);
      const ledger = await collect(`/v1/funds/${String(fund.id)}/donations`, DEMO_KEYS.publishable);
      expect(ledger).toHaveLength(detail.body.donorCount as number);
      expect(sum(ledger.map((entry) => entry.amountFen as number))).toBe(detail.body.raisedFen);
    }
    const hours = await h.request('GET', '/v1/volunteers/vol_pyLiZhiqiang/hours', {
      key: DEMO_KEYS.secret,
    });
    expect(hours.status).toBe(200);
    expect(hours.body.balanceHalfHours).toBeGreaterThan(0);
  });

  it('publishes the main project’s results and withholds the small one’s', async () => {
    const [survey] = await h.db
      .select()
      .from(tables.surveys)
      .where(eq(tables.surveys.subjectType, 'project'));
    const definition = await h.request('GET', `/v1/surveys/${survey!.id}`, {
      key: DEMO_KEYS.publishable,
    });
    expect(definition.status).toBe(200);
    const results = (subject: string) =>
      h.request('GET', `/v1/surveys/${survey!.id}/results?subject=${subject}`, {
        key: DEMO_KEYS.publishable,
      });
    const main = await results('prj_Wd5Ha2Jr7N');
    expect(main.body).toMatchObject({ suppressed: false, n: 36 });
    expect(main.body.csat.value).toBeGreaterThan(50);
    const small = await results('prj_jxSmartElderCare');
    expect(small.body).toMatchObject({ suppressed: true, csat: null, nps: null });
    const followUps = await h.request('GET', `/v1/surveys/${survey!.id}/follow-ups`, {
      key: DEMO_KEYS.secret,
    });
    expect(followUps.status).toBe(200);
    expect(followUps.body.data.length).toBeGreaterThanOrEqual(4);
  });
});
