import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../src/db/database.js';
import { organizations } from '../src/db/tables/index.js';
import {
  creditLot,
  expiryFrom,
  issuingAccount,
  lockAccount,
  volunteerPointsAccount,
  writeTransfer,
} from '../src/services/points/ledger.js';
import type { Harness } from './harness.js';

/** Fixtures shared by the points and 爱心超市 tests. */

export const JINXIU = '440113104001';
export const XIANFENG = '440113001001';
export const PROVIDER = 'org_jinxiuBarber01';
export const OTHER_PROVIDER = 'org_xianfengShop01';

/** Two partner businesses: a barber in 锦绣香江 and a shop in 先锋社区. */
export async function insertProviders(h: Harness): Promise<void> {
  await h.db.insert(organizations).values([
    {
      id: PROVIDER,
      districtCode: '440113',
      name: '锦绣理发店',
      kind: 'community_enterprise',
      registration: 'filed',
      communityCode: JINXIU,
      streetCode: '440113104',
    },
    {
      id: OTHER_PROVIDER,
      districtCode: '440113',
      name: '先锋便民店',
      kind: 'community_enterprise',
      registration: 'filed',
      communityCode: XIANFENG,
      streetCode: '440113001',
    },
  ]);
}

/**
 * Credits whole points as an earning would (issuing → volunteer, a lot expiring after `years`),
 * so tests start from a known balance without recording hundreds of hours.
 */
export async function grantPoints(
  h: Harness,
  volunteerId: string,
  points: number,
  at = new Date(),
  years: number | null = 3,
): Promise<void> {
  await h.db.transaction(async (tx) => {
    await lockAccount(tx, '440113', volunteerId, at);
    const account = volunteerPointsAccount(volunteerId);
    const id = await writeTransfer(
      tx,
      { districtCode: '440113', kind: 'earned', volunteerId, at },
      [
        { account, amount: points * 100 },
        { account: issuingAccount('440113'), amount: -points * 100 },
      ],
    );
    await creditLot(tx, account, id, points * 100, expiryFrom(at, years));
  });
}

/**
 * The bank's invariants: every transfer's legs and the whole ledger sum to zero; each volunteer
 * account's balance equals its entries and what its lots hold, and is never negative.
 */
export async function expectBankBalanced(h: Harness): Promise<void> {
  const [total] = await queryRows<{ total: string }>(
    h.db,
    sql`select coalesce(sum(amount), 0) as total from points_entries`,
  );
  expect(Number(total!.total)).toBe(0);
  const unbalanced = await queryRows(
    h.db,
    sql`select transfer_id from points_entries group by transfer_id having sum(amount) <> 0`,
  );
  expect(unbalanced).toEqual([]);
  const drift = await queryRows(
    h.db,
    sql`select a.id, a.balance,
          (select coalesce(sum(amount), 0) from points_entries e where e.account = a.id) as entries,
          (select coalesce(sum(remaining), 0) from points_lots l where l.account = a.id) as held
        from points_accounts a
        where a.balance < 0
           or a.balance <> (select coalesce(sum(amount), 0) from points_entries e where e.account = a.id)
           or a.balance <> (select coalesce(sum(remaining), 0) from points_lots l where l.account = a.id)`,
  );
  expect(drift).toEqual([]);
}
