import { and, eq, sql } from 'drizzle-orm';
import type { IssuedRedemption, Redemption, routes } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { redemptions, rewards, volunteers } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import {
  debit,
  issuingAccount,
  lockAccount,
  volunteerPointsAccount,
  writeTransfer,
} from './ledger.js';
import { CENTS_PER_POINT } from './ledger.js';
import { newPickupCode, pickupCodeHash } from './pickup-code.js';

type RedeemCodeContext = ServiceContext<typeof routes.redeemPickupCode>;
type RedemptionRow = typeof redemptions.$inferSelect;

function toRedemption(row: RedemptionRow, rewardTitle: string): Redemption {
  return {
    id: row.id,
    rewardId: row.rewardId,
    rewardTitle,
    volunteerId: row.volunteerId,
    points: row.points,
    status: row.status as Redemption['status'],
    createdAt: row.createdAt.toISOString(),
    redeemedAt: row.redeemedAt?.toISOString() ?? null,
  };
}

export interface RedeemInput {
  readonly districtCode: string;
  readonly volunteerId: string;
  readonly rewardId: string;
  readonly now: Date;
}

/**
 * A volunteer spends points on a reward (SPEC §13) and receives a single-use pickup code, inside
 * the caller's transaction. Never more than the balance and never below zero stock, however many
 * arrive at once: the volunteer's account row is locked (`FOR UPDATE`) and debited by one
 * conditional UPDATE (`balance >= price`), and the stock taken by another (`stock > 0`), so a
 * second redemption waits for the first and then sees what it left. Any refusal throws, and the
 * transaction rolls back whole: nothing changes.
 */
export async function redeemReward(tx: Executor, input: RedeemInput): Promise<IssuedRedemption> {
  const { districtCode, volunteerId, rewardId, now } = input;
  const [volunteer] = await tx
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(eq(volunteers.id, volunteerId), eq(volunteers.districtCode, districtCode)));
  const [reward] = await tx
    .select()
    .from(rewards)
    .where(and(eq(rewards.id, rewardId), eq(rewards.districtCode, districtCode)));
  if (!volunteer || !reward) throw new DomainError('not_found');
  if (!reward.active) throw new DomainError('reward_withdrawn');
  if (reward.stock === 0) throw new DomainError('out_of_stock');

  await lockAccount(tx, districtCode, volunteerId, now);
  const price = reward.pointsPrice * CENTS_PER_POINT;
  const account = volunteerPointsAccount(volunteerId);
  await debit(tx, account, price);
  const [taken] = await tx
    .update(rewards)
    .set({ stock: sql`${rewards.stock} - 1` })
    .where(and(eq(rewards.id, rewardId), sql`${rewards.stock} > 0`, eq(rewards.active, true)))
    .returning({ stock: rewards.stock });
  if (!taken) throw new DomainError('out_of_stock');

  const code = newPickupCode();
  const [row] = await tx
    .insert(redemptions)
    .values({
      id: newId('rdm'),
      districtCode,
      rewardId,
      volunteerId,
      points: reward.pointsPrice,
      codeHash: pickupCodeHash(code),
      createdAt: now,
    })
    .returning();
  await writeTransfer(
    tx,
    { districtCode, kind: 'redemption', volunteerId, redemptionId: row!.id, at: now },
    [
      { account, amount: -price },
      { account: issuingAccount(districtCode), amount: price },
    ],
  );
  return { ...toRedemption(row!, reward.title), pickupCode: code };
}

/**
 * `POST /v1/redemptions/redeem` (the community's staff or the provider's members, as the route
 * declares): the reward is handed over and the code is spent, once. One conditional UPDATE
 * (`status = 'issued'`): of two counters at once, one wins and the other is `already_redeemed`.
 */
export async function redeemPickupCode(ctx: RedeemCodeContext): Promise<Redemption> {
  const { tx, auth, body } = ctx;
  const hash = pickupCodeHash(body.code);
  const [row] = await tx
    .update(redemptions)
    .set({
      status: 'redeemed',
      redeemedAt: ctx.deps.now(),
      redeemedBy: auth.staff?.account.id ?? auth.apiKeyId,
    })
    .where(
      and(
        eq(redemptions.codeHash, hash),
        eq(redemptions.districtCode, auth.districtCode),
        eq(redemptions.status, 'issued'),
      ),
    )
    .returning();
  if (!row) {
    const [spent] = await tx
      .select({ id: redemptions.id })
      .from(redemptions)
      .where(and(eq(redemptions.codeHash, hash), eq(redemptions.districtCode, auth.districtCode)));
    throw new DomainError(spent ? 'already_redeemed' : 'not_found');
  }
  const [reward] = await tx
    .select({ title: rewards.title })
    .from(rewards)
    .where(eq(rewards.id, row.rewardId));
  await ctx.audit('redemption.redeem', 'redemption', row.id, { rewardId: row.rewardId });
  return toRedemption(row, reward!.title);
}
