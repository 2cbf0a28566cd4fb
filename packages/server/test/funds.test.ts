import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useHarness } from './harness.js';
import { DISCLOSURE, insertDisbursement, insertDonation, insertFund } from './funds-fixtures.js';

const h = useHarness();

describe('GET /v1/funds', () => {
  it("lists the district's funds by name with progress, disclosure and donatable", async () => {
    const open = await insertFund(h, {
      name: 'A 长者关爱基金',
      raisedFen: 120_000,
      donorCount: 7,
      disbursedFen: 20_000,
    });
    const closed = await insertFund(h, { name: 'B 已结束的基金', open: false });
    const platform = await insertFund(h, {
      name: 'C 腾讯公益项目',
      mode: 'platform',
      platformName: '腾讯公益',
      platformUrl: 'https://gongyi.qq.com/succor/detail.htm?id=1',
    });
    const partial = await insertFund(h, {
      name: 'D 信息不全的基金',
      disclosure: { ...DISCLOSURE, filingNumber: '' },
    });
    const direct = await insertFund(h, {
      name: 'E 直接募集',
      // A stale platform link on a direct fund is not shown: donors give here.
      platformName: '腾讯公益',
      platformUrl: 'https://gongyi.qq.com/old',
    });
    await insertFund(h, {
      name: '长宁区基金',
      districtCode: '310105',
      streetCode: null,
      communityCode: null,
    });

    const response = await h.request('GET', '/v1/funds');
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    const byId = new Map(response.body.data.map((fund: { id: string }) => [fund.id, fund]));
    expect(response.body.data.map((fund: { id: string }) => fund.id)).toEqual([
      open.id,
      closed.id,
      platform.id,
      partial.id,
      direct.id,
    ]);
    expect(byId.get(open.id)).toEqual({
      id: open.id,
      name: 'A 长者关爱基金',
      description: open.description,
      communityId: '440113104001',
      streetId: '440113104',
      mode: 'direct',
      targetFen: 5_000_000,
      raisedFen: 120_000,
      donorCount: 7,
      disbursedFen: 20_000,
      disclosure: DISCLOSURE,
      donatable: true,
      platformName: null,
      platformUrl: null,
      updatedAt: open.updatedAt.toISOString(),
    });
    expect(byId.get(closed.id)).toMatchObject({ donatable: false, disclosure: DISCLOSURE });
    expect(byId.get(platform.id)).toMatchObject({
      mode: 'platform',
      donatable: false,
      platformName: '腾讯公益',
      platformUrl: 'https://gongyi.qq.com/succor/detail.htm?id=1',
    });
    expect(byId.get(partial.id)).toMatchObject({ disclosure: null, donatable: false });
    expect(byId.get(direct.id)).toMatchObject({
      donatable: true,
      platformName: null,
      platformUrl: null,
    });
  });

  it('filters by community, and by street including the street’s community funds', async () => {
    const jinxiu = await insertFund(h, { name: '锦绣香江' });
    const nancun = await insertFund(h, {
      name: '南村镇级基金',
      communityCode: null,
      streetCode: '440113104',
    });
    // A community fund recorded without its street still belongs to the street.
    const village = await insertFund(h, {
      name: '南村村',
      communityCode: '440113104002',
      streetCode: null,
    });
    await insertFund(h, { name: '先锋', communityCode: '440113001001', streetCode: '440113001' });
    await insertFund(h, { name: '区级', communityCode: null, streetCode: null });

    const community = await h.request('GET', '/v1/funds?community=440113104001');
    expect(community.body.data.map((fund: { id: string }) => fund.id)).toEqual([jinxiu.id]);

    const street = await h.request('GET', '/v1/funds?street=440113104');
    expect(street.body.data.map((fund: { id: string }) => fund.id).sort()).toEqual(
      [jinxiu.id, nancun.id, village.id].sort(),
    );
  });

  it('pages with a cursor, without repeating or skipping a fund', async () => {
    const names = ['甲', '乙', '丙', '丁', '戊'];
    for (const name of names) await insertFund(h, { name });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const response = await h.request('GET', `/v1/funds?limit=2${query}`);
      expect(response.status).toBe(200);
      expect(response.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.data.map((fund: { name: string }) => fund.name));
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(names));
  });

  it('400 validation_failed for a bad filter, limit or cursor', async () => {
    const community = await h.request('GET', '/v1/funds?community=123');
    expect(community.status).toBe(400);
    expect(community.body.error.code).toBe('validation_failed');
    expect(community.body.error.issues[0].path).toEqual(['community']);

    const limit = await h.request('GET', '/v1/funds?limit=0');
    expect(limit.status).toBe(400);
    expect(limit.body.error.issues[0].path).toEqual(['limit']);

    const cursor = await h.request('GET', '/v1/funds?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.issues[0].path).toEqual(['cursor']);
  });

  it('401 authentication_required without a key', async () => {
    const response = await h.request('GET', '/v1/funds', { key: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });
});

describe('GET /v1/funds/{id}', () => {
  it('returns the fund with its disbursements, newest first', async () => {
    const fund = await insertFund(h, { disbursedFen: 50_000 });
    const older = await insertDisbursement(h, fund.id, {
      amountFen: 20_000,
      paidAt: new Date('2026-09-01T00:00:00Z'),
    });
    const newer = await insertDisbursement(h, fund.id, {
      amountFen: 30_000,
      purpose: '儿童暑期托管',
      recipient: '锦绣香江社区四点半课堂',
      paidAt: new Date('2026-11-01T00:00:00Z'),
    });
    const response = await h.request('GET', `/v1/funds/${fund.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: fund.id, disbursedFen: 50_000, donatable: true });
    expect(response.body.disbursements).toEqual([
      {
        id: newer.id,
        fundId: fund.id,
        amountFen: 30_000,
        purpose: '儿童暑期托管',
        recipient: '锦绣香江社区四点半课堂',
        projectId: null,
        needId: null,
        paidAt: '2026-11-01T00:00:00.000Z',
      },
      expect.objectContaining({ id: older.id, amountFen: 20_000 }),
    ]);
  });

  it("404 not_found for an unknown fund and for another district's", async () => {
    const other = await insertFund(h, {
      districtCode: '310105',
      streetCode: null,
      communityCode: null,
    });
    for (const id of ['fund_doesNotExist123', other.id]) {
      const response = await h.request('GET', `/v1/funds/${id}`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    const own = await h.request('GET', `/v1/funds/${other.id}`, { key: h.keys.otherSk });
    expect(own.status).toBe(200);
  });

  it('400 validation_failed for an id of another kind', async () => {
    const response = await h.request('GET', '/v1/funds/need_abcdefgh12345678');
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toEqual(['id']);
  });
});

describe('GET /v1/funds/{id}/donations (the public ledger)', () => {
  it('shows succeeded donations only, newest confirmed first, names masked or 匿名', async () => {
    const fund = await insertFund(h);
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute));
    await insertDonation(h, fund.id, {
      status: 'succeeded',
      amountFen: 10_000,
      donorName: '张三丰',
      confirmedAt: at(1),
    });
    await insertDonation(h, fund.id, {
      status: 'succeeded',
      amountFen: 20_000,
      donorName: '欧阳娜娜',
      anonymous: true,
      confirmedAt: at(2),
    });
    await insertDonation(h, fund.id, {
      status: 'succeeded',
      amountFen: 30_000,
      donorName: '李四',
      publishName: false,
      confirmedAt: at(3),
    });
    await insertDonation(h, fund.id, {
      status: 'succeeded',
      amountFen: 40_000,
      donorName: null,
      anonymous: true,
      confirmedAt: at(4),
    });
    await insertDonation(h, fund.id, { status: 'pending', amountFen: 50_000 });
    await insertDonation(h, fund.id, { status: 'failed', amountFen: 60_000, confirmedAt: at(5) });

    const response = await h.request('GET', `/v1/funds/${fund.id}/donations`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [
        { donorName: '匿名', amountFen: 40_000, at: at(4).toISOString() },
        { donorName: '匿名', amountFen: 30_000, at: at(3).toISOString() },
        { donorName: '匿名', amountFen: 20_000, at: at(2).toISOString() },
        { donorName: '张**', amountFen: 10_000, at: at(1).toISOString() },
      ],
      nextCursor: null,
    });
    const text = JSON.stringify(response.body);
    for (const hidden of ['13800138000', '三丰', '李四', '欧阳'])
      expect(text).not.toContain(hidden);
  });

  it('pages through donations confirmed within the same millisecond without loss', async () => {
    const fund = await insertFund(h);
    // Six confirmations 1 µs apart: a millisecond cursor could not tell them apart.
    for (let i = 0; i < 6; i++) {
      const row = await insertDonation(h, fund.id, { status: 'succeeded', amountFen: 100 + i });
      await h.db.execute(
        sql`update donations set confirmed_at = '2026-11-20 08:00:00.000001+00'::timestamptz + ${`${i} microseconds`}::interval where id = ${row.id}`,
      );
    }
    const amounts: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const response = await h.request('GET', `/v1/funds/${fund.id}/donations?limit=4${query}`);
      expect(response.status).toBe(200);
      amounts.push(...response.body.data.map((entry: { amountFen: number }) => entry.amountFen));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(amounts).toEqual([105, 104, 103, 102, 101, 100]);
  });

  it("404 not_found for another district's fund", async () => {
    const other = await insertFund(h, {
      districtCode: '310105',
      streetCode: null,
      communityCode: null,
    });
    await insertDonation(h, other.id, {
      districtCode: '310105',
      status: 'succeeded',
      confirmedAt: new Date(),
    });
    const response = await h.request('GET', `/v1/funds/${other.id}/donations`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('400 validation_failed for a malformed cursor', async () => {
    const fund = await insertFund(h);
    const response = await h.request('GET', `/v1/funds/${fund.id}/donations?cursor=WzFd`);
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toEqual(['cursor']);
  });
});
