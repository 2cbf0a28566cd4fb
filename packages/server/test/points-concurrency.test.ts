import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { DistrictSettings } from '@wushe/schema';
import { queryRows } from '../src/db/database.js';
import { redemptions, rewards, volunteers } from '../src/db/tables/index.js';
import { DomainError } from '../src/services/errors.js';
import { donateToCommunityPool, transferToFamily } from '../src/services/points/family.js';
import { redeemReward } from '../src/services/points/redeem.js';
import { newId } from '../src/services/ids.js';
import { useHarness } from './harness.js';
import { birthDateForAge } from './volunteers-fixtures.js';
import {
  expectBankBalanced,
  grantPoints,
  insertProviders,
  JINXIU,
  PROVIDER,
} from './points-fixtures.js';

/*
 * However many redemptions arrive at once, none spends more than the balance and the stock never
 * goes below zero; the bank sums to zero after a burst of redemptions, transfers, donations and
 * expiries. On PGlite (one connection) and, in the PostgreSQL lane, on a pool of 20 connections
 * where the transactions really do run side by side.
 */

const h = useHarness();
const rules = DistrictSettings.parse({}).points;
const BURST = 50;
const YEAR_MS = 365 * 24 * 3_600_000;

beforeEach(() => insertProviders(h));

async function insertVolunteers(count: number, birthDate: string | null = null) {
  const ids = Array.from({ length: count }, () => newId('vol'));
  await h.db.insert(volunteers).values(
    ids.map((id, i) => ({
      id,
      districtCode: '440113',
      code: `PY${id.slice(4, 12)}`,
      name: `志愿者${i}`,
      mobile: `139${String(10_000_000 + i + (birthDate ? 50_000 : 0)).slice(-8)}`,
      birthDate,
      communityCode: JINXIU,
      skills: [],
      serviceAreas: [],
      availability: [],
      consentVersion: '2026-01',
    })),
  );
  return ids;
}

async function insertReward(stock: number, pointsPrice = 10) {
  const id = newId('rwd');
  await h.db.insert(rewards).values({
    id,
    districtCode: '440113',
    communityCode: JINXIU,
    kind: 'goods',
    title: '大米 5 kg',
    pointsPrice,
    stock,
    providerId: PROVIDER,
  });
  return id;
}

const redeem = (volunteerId: string, rewardId: string) =>
  h.db.transaction((tx) =>
    redeemReward(tx, { districtCode: '440113', volunteerId, rewardId, now: new Date() }),
  );

/** Every outcome of a burst by code: `ok`, or the refusal's error code. */
async function outcomes(attempts: Promise<unknown>[]): Promise<Record<string, number>> {
  const settled = await Promise.allSettled(attempts);
  const counts: Record<string, number> = {};
  for (const result of settled) {
    const key =
      result.status === 'fulfilled'
        ? 'ok'
        : result.reason instanceof DomainError
          ? result.reason.code
          : String(result.reason);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function balances(): Promise<{ min: number; total: number }> {
  const [row] = await queryRows<{ min: string | null; total: string | null }>(
    h.db,
    sql`select min(balance) as min, sum(balance) as total from points_accounts`,
  );
  return { min: Number(row!.min ?? 0) / 100, total: Number(row!.total ?? 0) / 100 };
}

async function stockOf(rewardId: string): Promise<number> {
  const [row] = await h.db
    .select({ stock: rewards.stock })
    .from(rewards)
    .where(sql`id = ${rewardId}`);
  return row!.stock;
}

describe(`${BURST} redemptions at once (${process.env.WUSHE_TEST_DB ?? 'pglite'})`, () => {
  it('never spend more than one volunteer’s balance', async () => {
    const [volunteerId] = await insertVolunteers(1);
    await grantPoints(h, volunteerId!, 100);
    const rewardId = await insertReward(1_000);
    const counts = await outcomes(
      Array.from({ length: BURST }, () => redeem(volunteerId!, rewardId)),
    );
    const after = await balances();
    console.log('one volunteer, 100 points, price 10, stock 1000:', counts, 'balance', after.min);
    expect(counts).toEqual({ ok: 10, insufficient_points: BURST - 10 });
    expect(after.min).toBe(0);
    expect(await stockOf(rewardId)).toBe(990);
    expect(await h.db.select().from(redemptions)).toHaveLength(10);
    await expectBankBalanced(h);
  });

  it('never take the stock below zero', async () => {
    const ids = await insertVolunteers(BURST);
    for (const id of ids) await grantPoints(h, id, 10);
    const rewardId = await insertReward(7);
    const counts = await outcomes(ids.map((id) => redeem(id, rewardId)));
    const stock = await stockOf(rewardId);
    console.log(`${BURST} volunteers, stock 7:`, counts, 'stock', stock);
    expect(counts).toEqual({ ok: 7, out_of_stock: BURST - 7 });
    expect(stock).toBe(0);
    expect((await balances()).total).toBe((BURST - 7) * 10);
    await expectBankBalanced(h);
  });

  it('keep the bank at zero through redemptions, family transfers, donations and expiries', async () => {
    const givers = await insertVolunteers(10);
    const [parent] = await insertVolunteers(1, birthDateForAge(65));
    const [parentMobile] = await h.db
      .select({ mobile: volunteers.mobile })
      .from(volunteers)
      .where(sql`id = ${parent}`);
    for (const id of givers) {
      await grantPoints(h, id, 30);
      // Points earned four years ago: past their expiry, written off by the first movement.
      await grantPoints(h, id, 7, new Date(Date.now() - 4 * YEAR_MS));
    }
    const rewardId = await insertReward(12);
    const today = new Date().toISOString().slice(0, 10);
    const attempts = givers.flatMap((id) => [
      redeem(id, rewardId),
      redeem(id, rewardId),
      redeem(id, rewardId),
      h.db.transaction((tx) =>
        transferToFamily(tx, {
          districtCode: '440113',
          volunteerId: id,
          toMobile: parentMobile!.mobile,
          relation: 'parent',
          points: 6,
          rules,
          today,
          now: new Date(),
        }),
      ),
      h.db.transaction((tx) =>
        donateToCommunityPool(tx, {
          districtCode: '440113',
          volunteerId: id,
          points: 5,
          rules,
          now: new Date(),
        }),
      ),
    ]);
    const counts = await outcomes(attempts);
    const after = await balances();
    const [ledger] = await queryRows<{ total: string; expired: string }>(
      h.db,
      sql`select sum(amount) as total,
            coalesce(sum(amount) filter (where account like '%:expired'), 0) as expired
          from points_entries`,
    );
    console.log(
      `mixed burst of ${attempts.length}:`,
      counts,
      'stock',
      await stockOf(rewardId),
      'min balance',
      after.min,
      'ledger sum',
      Number(ledger!.total),
      'expired',
      Number(ledger!.expired) / 100,
    );
    expect(counts.ok! + (counts.insufficient_points ?? 0) + (counts.out_of_stock ?? 0)).toBe(
      attempts.length,
    );
    expect(await stockOf(rewardId)).toBe(12 - (await h.db.select().from(redemptions)).length);
    expect(await stockOf(rewardId)).toBeGreaterThanOrEqual(0);
    expect(after.min).toBeGreaterThanOrEqual(0);
    expect(Number(ledger!.expired)).toBe(10 * 700);
    await expectBankBalanced(h);
  });
});
