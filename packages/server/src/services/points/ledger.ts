import { and, asc, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import {
  pointsAccounts,
  pointsEntries,
  pointsLots,
  pointsTransfers,
} from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { randomString } from '../ids.js';

/*
 * The points ledger (SPEC §13), double entry: every transfer writes legs that sum to zero, so the
 * whole bank always does. Amounts are hundredths of a point. Accounts:
 *   - `points:volunteer:<id>`      a volunteer's points, with a row locked by every movement on it;
 *   - `points:district:<code>:issuing`  where earned points come from and spent ones go back to;
 *   - `points:community:<code>:pool`    the community pool residents give points back to;
 *   - `points:district:<code>:expired`  where points past their expiry go.
 */

export const volunteerPointsAccount = (volunteerId: string) => `points:volunteer:${volunteerId}`;
export const issuingAccount = (districtCode: string) => `points:district:${districtCode}:issuing`;
export const communityPoolAccount = (communityCode: string) =>
  `points:community:${communityCode}:pool`;
export const expiredAccount = (districtCode: string) => `points:district:${districtCode}:expired`;

/** Hundredths of a point, the ledger's unit. */
export const CENTS_PER_POINT = 100;
export const toPoints = (cents: number) => cents / CENTS_PER_POINT;

export type TransferKind = 'earned' | 'family' | 'donation' | 'redemption' | 'expiry';

export interface TransferRecord {
  readonly districtCode: string;
  readonly kind: TransferKind;
  readonly volunteerId: string;
  readonly serviceRecordId?: string;
  readonly redemptionId?: string;
  readonly halfHours?: number;
  readonly year?: number;
  readonly at: Date;
}

/** Records a transfer and its legs; the legs must sum to zero, or nothing is written. */
export async function writeTransfer(
  tx: Executor,
  record: TransferRecord,
  legs: readonly { account: string; amount: number }[],
): Promise<string> {
  if (legs.reduce((sum, leg) => sum + leg.amount, 0) !== 0) {
    throw new Error('a points transfer must sum to zero');
  }
  const id = `ptx_${randomString(16)}`;
  await tx.insert(pointsTransfers).values({
    id,
    districtCode: record.districtCode,
    kind: record.kind,
    volunteerId: record.volunteerId,
    serviceRecordId: record.serviceRecordId ?? null,
    redemptionId: record.redemptionId ?? null,
    halfHours: record.halfHours ?? null,
    year: record.year ?? null,
    createdAt: record.at,
  });
  const written = legs.filter((leg) => leg.amount !== 0);
  if (written.length > 0) {
    await tx
      .insert(pointsEntries)
      .values(written.map((leg) => ({ transferId: id, ...leg, createdAt: record.at })));
  }
  return id;
}

/**
 * Locks a volunteer's account for the rest of the transaction (creating it on first use), then
 * moves whatever has expired to the expired account: every movement on the account is serialised
 * by this lock, in one process or many. Returns the balance after expiry, in hundredths.
 */
export async function lockAccount(
  tx: Executor,
  districtCode: string,
  volunteerId: string,
  now: Date,
): Promise<number> {
  const account = volunteerPointsAccount(volunteerId);
  await tx
    .insert(pointsAccounts)
    .values({ id: account, districtCode, volunteerId, balance: 0 })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ balance: pointsAccounts.balance })
    .from(pointsAccounts)
    .where(eq(pointsAccounts.id, account))
    .for('update');
  await tx
    .update(pointsLots)
    .set({ remaining: 0 })
    .where(
      and(
        eq(pointsLots.account, account),
        gt(pointsLots.remaining, 0),
        isNotNull(pointsLots.expiresAt),
        lte(pointsLots.expiresAt, now),
      ),
    );
  const lapsed = await unheldAmount(tx, account);
  if (lapsed === 0) return row!.balance;
  await writeTransfer(tx, { districtCode, kind: 'expiry', volunteerId, at: now }, [
    { account, amount: -lapsed },
    { account: expiredAccount(districtCode), amount: lapsed },
  ]);
  return adjustBalance(tx, account, -lapsed);
}

/**
 * The account's balance less what its lots still hold. Every credit is a lot and every debit
 * takes from lots, so this is what lapsed lots held: the amount to write off as expired.
 */
async function unheldAmount(tx: Executor, account: string): Promise<number> {
  const [row] = await tx
    .select({
      balance: pointsAccounts.balance,
      held: sql<string>`(select coalesce(sum(${pointsLots.remaining}), 0) from ${pointsLots} where ${pointsLots.account} = ${account})`,
    })
    .from(pointsAccounts)
    .where(eq(pointsAccounts.id, account));
  return row ? row.balance - Number(row.held) : 0;
}

/** Adds to a locked account's balance; the database refuses a balance below zero. */
async function adjustBalance(tx: Executor, account: string, delta: number): Promise<number> {
  const [row] = await tx
    .update(pointsAccounts)
    .set({ balance: sql`${pointsAccounts.balance} + ${delta}` })
    .where(eq(pointsAccounts.id, account))
    .returning({ balance: pointsAccounts.balance });
  return row!.balance;
}

/** Credits a locked volunteer account with a lot that expires at `expiresAt` (`null`: never). */
export async function creditLot(
  tx: Executor,
  account: string,
  transferId: string,
  amount: number,
  expiresAt: Date | null,
): Promise<void> {
  if (amount === 0) return;
  await tx.insert(pointsLots).values({ account, transferId, remaining: amount, expiresAt });
  await adjustBalance(tx, account, amount);
}

/**
 * Takes `amount` from a locked volunteer account in one conditional statement (`balance >=
 * amount`: never more than it holds, however many arrive at once), then from its lots, the
 * soonest to expire first. Returns the pieces taken with their expiry, so a transfer to family
 * keeps the points' dates. `insufficient_points` when the balance is short.
 */
export async function debit(
  tx: Executor,
  account: string,
  amount: number,
): Promise<{ amount: number; expiresAt: Date | null }[]> {
  const [row] = await tx
    .update(pointsAccounts)
    .set({ balance: sql`${pointsAccounts.balance} - ${amount}` })
    .where(and(eq(pointsAccounts.id, account), sql`${pointsAccounts.balance} >= ${amount}`))
    .returning({ balance: pointsAccounts.balance });
  if (!row) throw new DomainError('insufficient_points');
  const lots = await tx
    .select()
    .from(pointsLots)
    .where(and(eq(pointsLots.account, account), gt(pointsLots.remaining, 0)))
    .orderBy(sql`${pointsLots.expiresAt} asc nulls last`, asc(pointsLots.id));
  const taken: { amount: number; expiresAt: Date | null }[] = [];
  let left = amount;
  for (const lot of lots) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    await tx
      .update(pointsLots)
      .set({ remaining: lot.remaining - take })
      .where(eq(pointsLots.id, lot.id));
    taken.push({ amount: take, expiresAt: lot.expiresAt });
    left -= take;
  }
  if (left !== 0) throw new Error(`points lots of ${account} hold less than its balance`);
  return taken;
}

/** The district's years of expiry added to `from` (`null` years: never). */
export function expiryFrom(from: Date, years: number | null): Date | null {
  if (years === null) return null;
  const at = new Date(from);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return at;
}

/** A volunteer account's balance as stored, in hundredths (0 for an account never used). */
export async function balanceOf(tx: Executor, account: string): Promise<number> {
  const [row] = await tx
    .select({ balance: pointsAccounts.balance })
    .from(pointsAccounts)
    .where(eq(pointsAccounts.id, account));
  return row?.balance ?? 0;
}
