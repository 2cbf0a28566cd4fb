import { describe, expect, it } from 'vitest';
import { DistrictSettings } from '@wushe/schema';
import { donateToCommunityPool, transferToFamily } from '../src/services/points/family.js';
import { communityPoolAccount } from '../src/services/points/ledger.js';
import { pointsEntries } from '../src/db/tables/index.js';
import { DomainError } from '../src/services/errors.js';
import { useHarness } from './harness.js';
import { birthDateForAge, registerVolunteer } from './volunteers-fixtures.js';
import { expectBankBalanced, grantPoints, JINXIU } from './points-fixtures.js';
import { eq } from 'drizzle-orm';

const h = useHarness();
const rules = DistrictSettings.parse({}).points;
const today = new Date().toISOString().slice(0, 10);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
const pointsOf = async (volunteerId: string): Promise<any> =>
  (await h.request('GET', `/v1/volunteers/${volunteerId}/points`, { key: h.keys.sk })).body;

async function family() {
  const giver = await registerVolunteer(h, { mobile: '13800138000' });
  const mother = await registerVolunteer(h, {
    name: '陈妈妈',
    mobile: '13900139000',
    birthDate: birthDateForAge(62),
  });
  const cousin = await registerVolunteer(h, {
    name: '陈表弟',
    mobile: '13700137000',
    birthDate: birthDateForAge(30),
  });
  await grantPoints(h, giver, 20);
  return { giver, mother, cousin };
}

const give = (volunteerId: string, toMobile: string, points: number, over = {}) =>
  h.db.transaction((tx) =>
    transferToFamily(tx, {
      districtCode: '440113',
      volunteerId,
      toMobile,
      relation: 'parent',
      points,
      rules: { ...rules, ...over },
      today,
      now: new Date(),
    }),
  );

describe('transfer to family and donation to the community pool', () => {
  it('gives points to a parent aged 60 or more, keeping their expiry', async () => {
    const { giver, mother } = await family();
    const moved = await give(giver, '13900139000', 8);
    expect(moved).toMatchObject({ points: 8, balancePoints: 12 });
    expect((await pointsOf(mother)).history[0]).toMatchObject({
      kind: 'transferred_in',
      points: 8,
    });
    // The points keep the giver's expiry date: a transfer does not make them last longer.
    const expiry = (await pointsOf(giver)).nextExpiry;
    expect((await pointsOf(mother)).nextExpiry).toEqual({ points: 8, on: expiry.on });
    expect((await pointsOf(giver)).history[0]).toMatchObject({
      kind: 'transferred_out',
      points: -8,
    });
    await expectBankBalanced(h);
  });

  it('refuses someone under age, no one, oneself, more than the balance, or when disabled', async () => {
    const { giver } = await family();
    const refusals: [() => Promise<unknown>, string][] = [
      [() => give(giver, '13700137000', 5), 'family_member_under_age'],
      [() => give(giver, '13600136000', 5), 'family_member_not_found'],
      [() => give(giver, '13800138000', 5), 'family_member_not_found'],
      [() => give(giver, '13900139000', 21), 'insufficient_points'],
      [
        () => give(giver, '13900139000', 5, { familyTransfer: { enabled: false, minAge: 60 } }),
        'points_transfer_disabled',
      ],
    ];
    for (const [attempt, code] of refusals) {
      await expect(attempt()).rejects.toThrow(new DomainError(code as 'not_found'));
    }
    expect((await pointsOf(giver)).balancePoints).toBe(20);
    await expectBankBalanced(h);
  });

  it('gives points back to the community pool, unless the district does not take them', async () => {
    const { giver } = await family();
    const donate = (points: number, donationBack = true) =>
      h.db.transaction((tx) =>
        donateToCommunityPool(tx, {
          districtCode: '440113',
          volunteerId: giver,
          points,
          rules: { ...rules, donationBack },
          now: new Date(),
        }),
      );
    expect(await donate(5)).toMatchObject({ points: 5, balancePoints: 15 });
    const pool = await h.db
      .select()
      .from(pointsEntries)
      .where(eq(pointsEntries.account, communityPoolAccount(JINXIU)));
    expect(pool.map((entry) => entry.amount)).toEqual([500]);
    await expect(donate(5, false)).rejects.toThrow(new DomainError('points_donation_disabled'));
    await expect(donate(16)).rejects.toThrow(new DomainError('insufficient_points'));
    expect((await pointsOf(giver)).history[0]).toMatchObject({ kind: 'donated', points: -5 });
    await expectBankBalanced(h);
  });
});
