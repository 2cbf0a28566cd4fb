import { beforeEach, describe, expect, it } from 'vitest';
import { PORTAL_ORIGIN, useHarness } from './harness.js';
import { staffSessions } from './programs-fixtures.js';
import {
  expectBankBalanced,
  grantPoints,
  insertProviders,
  JINXIU,
  PROVIDER,
} from './points-fixtures.js';
import { RESIDENT_MOBILE, residentHelpers } from './residents-fixtures.js';
import { testClock } from './staff-fixtures.js';
import { registerVolunteer } from './volunteers-fixtures.js';

/** A signed-in resident's own points and redemptions (SPEC §13), through the real routes. */

const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now, devRoutes: true });
const { signIn, asResident } = residentHelpers(h);

let staff = '';
beforeEach(async () => {
  clock.reset();
  await insertProviders(h);
  ({ jinxiu: staff } = await staffSessions(
    h,
    { jinxiu: [{ role: 'community_staff', scope: JINXIU }] },
    clock.now(),
  ));
});

async function aReward(pointsPrice: number, stock: number): Promise<string> {
  const response = await h.request('POST', '/v1/rewards', {
    key: staff,
    body: {
      kind: 'service',
      title: '理发',
      description: '长者理发一次',
      pointsPrice,
      stock,
      communityId: JINXIU,
      providerId: PROVIDER,
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

describe("a resident's own points", () => {
  it('shows my balance, spends it on a reward for a pickup code that staff then redeem', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    await grantPoints(h, volunteerId, 25, clock.now());
    const rewardId = await aReward(10, 5);
    const token = await signIn();

    const before = await asResident(token, 'GET', '/v1/residents/me/points');
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({ volunteerId, balancePoints: 25 });

    const issued = await asResident(token, 'POST', '/v1/redemptions', { body: { rewardId } });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body).toMatchObject({ rewardId, volunteerId, points: 10, status: 'issued' });
    const code = issued.body.pickupCode as string;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    const after = await asResident(token, 'GET', '/v1/residents/me/points');
    expect(after.body.balancePoints).toBe(15);
    expect(after.body.history[0]).toMatchObject({ kind: 'redeemed', points: -10 });

    const handedOver = await h.request('POST', '/v1/redemptions/redeem', {
      key: staff,
      body: { code },
    });
    expect(handedOver.status, JSON.stringify(handedOver.body)).toBe(200);
    expect(handedOver.body.status).toBe('redeemed');
    await expectBankBalanced(h);
  });

  it('never spends beyond my balance, and a refusal changes nothing', async () => {
    const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    await grantPoints(h, volunteerId, 15, clock.now());
    const rewardId = await aReward(10, 5);
    const token = await signIn();
    expect(
      (await asResident(token, 'POST', '/v1/redemptions', { body: { rewardId } })).status,
    ).toBe(201);
    const refused = await asResident(token, 'POST', '/v1/redemptions', { body: { rewardId } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('insufficient_points');
    expect((await asResident(token, 'GET', '/v1/residents/me/points')).body.balancePoints).toBe(5);
    const reward = await h.request('GET', `/v1/rewards?community=${JINXIU}`, {
      headers: { Origin: PORTAL_ORIGIN },
    });
    expect(reward.body.data.find((r: { id: string }) => r.id === rewardId).stock).toBe(4);
    await expectBankBalanced(h);
  });

  it('is 404 for a resident who never registered as a volunteer, 401 without a token', async () => {
    const rewardId = await aReward(10, 5);
    const token = await signIn();
    const points = await asResident(token, 'GET', '/v1/residents/me/points');
    expect(points.status).toBe(404);
    expect(points.body.error.code).toBe('not_found');
    const redeem = await asResident(token, 'POST', '/v1/redemptions', { body: { rewardId } });
    expect(redeem.status).toBe(404);
    const anonymous = await h.request('POST', '/v1/redemptions', {
      body: { rewardId },
      headers: { Origin: PORTAL_ORIGIN },
    });
    expect(anonymous.status).toBe(401);
  });

  it('names the field of a malformed reward id', async () => {
    const token = await signIn();
    const bad = await asResident(token, 'POST', '/v1/redemptions', { body: { rewardId: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(['rewardId']);
  });
});
