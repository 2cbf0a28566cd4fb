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
import { birthDateForAge, registerVolunteer } from './volunteers-fixtures.js';

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

describe('a resident gives points to family or back to the community', () => {
  const MOTHER = '13900139000';
  const COUSIN = '13700137000';
  async function withFamily(points: number) {
    const volunteerId = await registerVolunteer(h, { mobile: RESIDENT_MOBILE });
    await registerVolunteer(h, { name: '陈妈妈', mobile: MOTHER, birthDate: birthDateForAge(62) });
    await registerVolunteer(h, { name: '陈表弟', mobile: COUSIN, birthDate: birthDateForAge(30) });
    await grantPoints(h, volunteerId, points, clock.now());
    return signIn();
  }
  const balance = async (token: string) =>
    (await asResident(token, 'GET', '/v1/residents/me/points')).body.balancePoints;

  it('moves points to a parent aged 60 or over and to the community pool', async () => {
    const token = await withFamily(20);
    const moved = await asResident(token, 'POST', '/v1/residents/me/points/transfers', {
      body: { toMobile: MOTHER, relation: 'parent', points: 8 },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(moved.body).toMatchObject({ points: 8, balancePoints: 12 });
    const given = await asResident(token, 'POST', '/v1/residents/me/points/donations', {
      body: { points: 2 },
    });
    expect(given.status, JSON.stringify(given.body)).toBe(201);
    expect(given.body).toMatchObject({ points: 2, balancePoints: 10 });
    const history = (await asResident(token, 'GET', '/v1/residents/me/points')).body.history;
    expect(history.map((m: { kind: string; points: number }) => [m.kind, m.points])).toEqual(
      expect.arrayContaining([
        ['donated', -2],
        ['transferred_out', -8],
      ]),
    );
    await expectBankBalanced(h);
  });

  it('refuses, at the field, someone under 60, a stranger, more than I have, or a fraction', async () => {
    const token = await withFamily(5);
    const transfer = (body: Record<string, unknown>) =>
      asResident(token, 'POST', '/v1/residents/me/points/transfers', {
        body: { relation: 'parent', ...body },
      });
    const cases = [
      [{ toMobile: COUSIN, points: 1 }, 409, 'family_member_under_age', ['toMobile']],
      [{ toMobile: '13600136000', points: 1 }, 404, 'family_member_not_found', ['toMobile']],
      [{ toMobile: MOTHER, points: 6 }, 409, 'insufficient_points', ['points']],
      [{ toMobile: MOTHER, points: 1.5 }, 400, 'validation_failed', ['points']],
      [{ toMobile: MOTHER, points: -1 }, 400, 'validation_failed', ['points']],
    ] as const;
    for (const [body, status, code, path] of cases) {
      const refused = await transfer(body);
      expect(refused.status, JSON.stringify(refused.body)).toBe(status);
      expect(refused.body.error.code).toBe(code);
      expect(refused.body.error.issues[0].path).toEqual(path);
    }
    const tooMuch = await asResident(token, 'POST', '/v1/residents/me/points/donations', {
      body: { points: 6 },
    });
    expect(tooMuch.body.error).toMatchObject({ code: 'insufficient_points' });
    expect(tooMuch.body.error.issues[0].path).toEqual(['points']);
    expect(await balance(token)).toBe(5);
    await expectBankBalanced(h);
  });
});
