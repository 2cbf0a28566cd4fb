import { beforeEach, describe, expect, it } from 'vitest';
import { redemptions, rewards } from '../src/db/tables/index.js';
import { redeemReward } from '../src/services/points/redeem.js';
import { useHarness } from './harness.js';
import { staffSessions } from './programs-fixtures.js';
import { testClock } from './staff-fixtures.js';
import { registerVolunteer } from './volunteers-fixtures.js';
import {
  expectBankBalanced,
  grantPoints,
  insertProviders,
  JINXIU,
  OTHER_PROVIDER,
  PROVIDER,
  XIANFENG,
} from './points-fixtures.js';
import { DomainError } from '../src/services/errors.js';
import { auditOf } from './directory-fixtures.js';

const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });

const tokens = {} as Record<'jinxiu' | 'xianfeng' | 'barber' | 'shop', string>;
beforeEach(async () => {
  clock.reset();
  await insertProviders(h);
  Object.assign(
    tokens,
    await staffSessions(
      h,
      {
        jinxiu: [{ role: 'community_staff', scope: JINXIU }],
        xianfeng: [{ role: 'community_staff', scope: XIANFENG }],
        barber: [{ role: 'org_member', scope: PROVIDER }],
        shop: [{ role: 'org_member', scope: OTHER_PROVIDER }],
      },
      clock.now(),
    ),
  );
});

const haircut = {
  kind: 'service',
  title: '理发',
  description: '长者理发一次',
  pointsPrice: 10,
  stock: 5,
  communityId: JINXIU,
  providerId: PROVIDER,
};

const createReward = (body: Record<string, unknown>, key: string = tokens.jinxiu) =>
  h.request('POST', '/v1/rewards', { key, body });

async function aReward(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await createReward({ ...haircut, ...overrides });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

const redeem = (volunteerId: string, rewardId: string) =>
  h.db.transaction((tx) =>
    redeemReward(tx, { districtCode: '440113', volunteerId, rewardId, now: clock.now() }),
  );

const redeemCode = (code: string, key: string) =>
  h.request('POST', '/v1/redemptions/redeem', { key, body: { code } });

describe('the 爱心超市 catalog', () => {
  it('takes a reward from staff of its community, audited, and lists it to residents', async () => {
    const created = await createReward(haircut);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...haircut,
      id: expect.stringMatching(/^rwd_/),
      providerName: '锦绣理发店',
      active: true,
    });
    expect(await auditOf(h, 'reward.create', created.body.id)).toHaveLength(1);
    const listed = await h.request('GET', `/v1/rewards?community=${JINXIU}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([created.body]);
    const elsewhere = await h.request('GET', `/v1/rewards?community=${XIANFENG}`);
    expect(elsewhere.body.data).toEqual([]);
    expect((await h.request('GET', '/v1/rewards')).status).toBe(400);
  });

  it('refuses staff of another community, an org member, and bad fields, each with its code', async () => {
    expect((await createReward(haircut, tokens.xianfeng)).status).toBe(403);
    expect((await createReward(haircut, tokens.barber)).status).toBe(403);
    const bad = await createReward({
      ...haircut,
      pointsPrice: 2.5,
      stock: -1,
      kind: 'cash',
      title: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual([
      'kind',
      'pointsPrice',
      'stock',
      'title',
    ]);
    const unknownProvider = await createReward({ ...haircut, providerId: 'org_nobodyAtAll01' });
    expect(unknownProvider.status).toBe(400);
    expect(unknownProvider.body.error.issues).toEqual([
      expect.objectContaining({ path: ['providerId'], code: 'scope_unknown' }),
    ]);
    expect(await h.db.select().from(rewards)).toEqual([]);
  });

  it('lets staff edit the price and stock, or withdraw a reward from the catalog', async () => {
    const id = await aReward();
    const edited = await h.request('PATCH', `/v1/rewards/${id}`, {
      key: tokens.jinxiu,
      body: { pointsPrice: 12, stock: 0 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ pointsPrice: 12, stock: 0 });
    const refused = await h.request('PATCH', `/v1/rewards/${id}`, {
      key: tokens.xianfeng,
      body: { stock: 9 },
    });
    expect(refused.status).toBe(403);
    await h.request('PATCH', `/v1/rewards/${id}`, { key: tokens.jinxiu, body: { active: false } });
    expect((await h.request('GET', `/v1/rewards?community=${JINXIU}`)).body.data).toEqual([]);
  });
});

describe('redemption and pickup codes', () => {
  it('spends the price, takes one from stock and gives a single-use code', async () => {
    const volunteerId = await registerVolunteer(h);
    await grantPoints(h, volunteerId, 25, clock.now());
    const rewardId = await aReward();
    const issued = await redeem(volunteerId, rewardId);
    expect(issued).toMatchObject({ rewardId, volunteerId, points: 10, status: 'issued' });
    expect(issued.pickupCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const [stored] = await h.db.select().from(redemptions);
    expect(stored!.codeHash).not.toContain(issued.pickupCode.replace('-', ''));
    const points = await h.request('GET', `/v1/volunteers/${volunteerId}/points`, {
      key: h.keys.sk,
    });
    expect(points.body.balancePoints).toBe(15);
    expect(points.body.history[0]).toMatchObject({ kind: 'redeemed', points: -10 });
    const [reward] = await h.db.select().from(rewards);
    expect(reward!.stock).toBe(4);

    // The provider's member types it in lower case without the dash: handed over, once.
    const typed = issued.pickupCode.replace('-', '').toLowerCase();
    const handed = await redeemCode(typed, tokens.barber);
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ id: issued.id, status: 'redeemed', rewardTitle: '理发' });
    const again = await redeemCode(issued.pickupCode, tokens.jinxiu);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_redeemed');
    await expectBankBalanced(h);
  });

  it('lets only the community’s staff or the provider’s members redeem a code', async () => {
    const volunteerId = await registerVolunteer(h);
    await grantPoints(h, volunteerId, 25, clock.now());
    const issued = await redeem(volunteerId, await aReward());
    expect((await redeemCode(issued.pickupCode, tokens.xianfeng)).status).toBe(403);
    expect((await redeemCode(issued.pickupCode, tokens.shop)).status).toBe(403);
    expect((await redeemCode(issued.pickupCode, h.keys.otherSk)).status).toBe(404);
    expect((await redeemCode(issued.pickupCode, tokens.jinxiu)).status).toBe(200);
  });

  it('answers a code that does not exist 404, and a malformed one 400 at code', async () => {
    expect((await redeemCode('ABCD-EFGH', h.keys.sk)).status).toBe(404);
    const malformed = await redeemCode('0000-1111', h.keys.sk);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues[0].path).toEqual(['code']);
  });

  it('refuses a redemption beyond the balance, out of stock or withdrawn, changing nothing', async () => {
    const volunteerId = await registerVolunteer(h);
    await grantPoints(h, volunteerId, 9, clock.now());
    const rewardId = await aReward();
    await expect(redeem(volunteerId, rewardId)).rejects.toThrow(
      new DomainError('insufficient_points'),
    );
    await grantPoints(h, volunteerId, 100, clock.now());
    const soldOut = await aReward({ title: '大米', kind: 'goods', stock: 0 });
    await expect(redeem(volunteerId, soldOut)).rejects.toThrow(new DomainError('out_of_stock'));
    await h.request('PATCH', `/v1/rewards/${rewardId}`, {
      key: tokens.jinxiu,
      body: { active: false },
    });
    await expect(redeem(volunteerId, rewardId)).rejects.toThrow(
      new DomainError('reward_withdrawn'),
    );
    expect(await h.db.select().from(redemptions)).toEqual([]);
    const points = await h.request('GET', `/v1/volunteers/${volunteerId}/points`, {
      key: h.keys.sk,
    });
    expect(points.body.balancePoints).toBe(109);
    await expectBankBalanced(h);
  });
});
