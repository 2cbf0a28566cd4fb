import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../src/seed/demo.js';
import { DEMO_PICKUP_CODE, REWARD } from '../src/seed/demo/points.js';
import { VOLUNTEER } from '../src/seed/demo/volunteers.js';
import { useHarness } from './harness.js';
import { expectBankBalanced } from './points-fixtures.js';
import { seedDemoFixture } from './seed-fixtures.js';

/** The demo's 公益积分 and 爱心超市, as the API serves them. */

const h = useHarness();
beforeEach(() => seedDemoFixture(h));

const pointsOf = (volunteerId: string) =>
  h.request('GET', `/v1/volunteers/${volunteerId}/points`, { key: DEMO_KEYS.secret });

describe('the demo points', () => {
  it('offers a 锦绣香江 catalog of services and goods, one out of stock', async () => {
    const response = await h.request('GET', '/v1/rewards?community=440113104001', {
      key: DEMO_KEYS.publishable,
    });
    expect(response.status).toBe(200);
    const titles = response.body.data.map((reward: { title: string; stock: number }) => [
      reward.title,
      reward.stock,
    ]);
    expect(titles).toEqual([
      ['量血压', 39],
      ['理发', 12],
      ['花生油 1.8 L', 0],
      ['大米 5 kg', 6],
    ]);
  });

  it('gives volunteers points from 信用时 only, with a redemption, a gift and a donation', async () => {
    const li = (await pointsOf(VOLUNTEER.liZhiqiang)).body;
    expect(li.history.map((movement: { kind: string }) => movement.kind)).toEqual([
      'redeemed',
      'earned',
    ]);
    expect(li.balancePoints).toBeGreaterThan(0);
    const zhou = (await pointsOf(VOLUNTEER.zhouMeiling)).body;
    expect(zhou.history.map((movement: { kind: string }) => movement.kind)).toContain(
      'transferred_in',
    );
    await expectBankBalanced(h);
  });

  it('hands over the demo pickup code once', async () => {
    const redeem = () =>
      h.request('POST', '/v1/redemptions/redeem', {
        key: DEMO_KEYS.secret,
        body: { code: DEMO_PICKUP_CODE },
      });
    const first = await redeem();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ rewardId: REWARD.bloodPressure, status: 'redeemed' });
    expect((await redeem()).status).toBe(409);
  });
});
