import { and, eq } from 'drizzle-orm';
import type { FamilyRelation, PointsRules, PointsTransfer } from '@wushe/schema';
import type * as z from 'zod/mini';
import type { Executor } from '../../db/database.js';
import { volunteers } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import {
  balanceOf,
  CENTS_PER_POINT,
  communityPoolAccount,
  creditLot,
  debit,
  lockAccount,
  toPoints,
  volunteerPointsAccount,
  writeTransfer,
} from './ledger.js';

type Rules = z.output<typeof PointsRules>;

/** Whole years from `birthDate` (YYYY-MM-DD) to `today` (YYYY-MM-DD, China's calendar day). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

async function volunteerOf(tx: Executor, districtCode: string, volunteerId: string) {
  const [row] = await tx
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.id, volunteerId), eq(volunteers.districtCode, districtCode)));
  if (!row) throw new DomainError('not_found');
  return row;
}

export interface FamilyTransferInput {
  readonly districtCode: string;
  readonly volunteerId: string;
  readonly toMobile: string;
  readonly relation: FamilyRelation;
  readonly points: number;
  readonly rules: Rules;
  /** Today in China (YYYY-MM-DD), for the family member's age. */
  readonly today: string;
  readonly now: Date;
}

/**
 * Gives points to family (after 南京 and 上海): a spouse, parent or grandparent who is a volunteer
 * of the same district, found by mobile, whose recorded birth date makes them the district's
 * minimum age (60) or more. The points keep their expiry dates. Both accounts are locked, the
 * lower id first, so two transfers between the same people at once cannot deadlock.
 */
export async function transferToFamily(
  tx: Executor,
  input: FamilyTransferInput,
): Promise<PointsTransfer> {
  const { districtCode, volunteerId, rules, now } = input;
  if (!rules.familyTransfer.enabled) throw new DomainError('points_transfer_disabled');
  await volunteerOf(tx, districtCode, volunteerId);
  const [family] = await tx
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.mobile, input.toMobile), eq(volunteers.districtCode, districtCode)));
  if (!family || family.id === volunteerId) throw new DomainError('family_member_not_found');
  if (!family.birthDate || ageOn(family.birthDate, input.today) < rules.familyTransfer.minAge) {
    throw new DomainError('family_member_under_age');
  }
  for (const id of [volunteerId, family.id].sort()) await lockAccount(tx, districtCode, id, now);
  const from = volunteerPointsAccount(volunteerId);
  const to = volunteerPointsAccount(family.id);
  const amount = input.points * CENTS_PER_POINT;
  const pieces = await debit(tx, from, amount);
  const transferId = await writeTransfer(
    tx,
    { districtCode, kind: 'family', volunteerId, at: now },
    [
      { account: from, amount: -amount },
      { account: to, amount },
    ],
  );
  for (const piece of pieces) await creditLot(tx, to, transferId, piece.amount, piece.expiresAt);
  return { transferId, points: input.points, balancePoints: toPoints(await balanceOf(tx, from)) };
}

export interface DonationInput {
  readonly districtCode: string;
  readonly volunteerId: string;
  readonly points: number;
  readonly rules: Rules;
  readonly now: Date;
}

/** Gives points back to the volunteer's community pool, where they do not expire. */
export async function donateToCommunityPool(
  tx: Executor,
  input: DonationInput,
): Promise<PointsTransfer> {
  const { districtCode, volunteerId, rules, now } = input;
  if (!rules.donationBack) throw new DomainError('points_donation_disabled');
  const volunteer = await volunteerOf(tx, districtCode, volunteerId);
  await lockAccount(tx, districtCode, volunteerId, now);
  const from = volunteerPointsAccount(volunteerId);
  const amount = input.points * CENTS_PER_POINT;
  await debit(tx, from, amount);
  const transferId = await writeTransfer(
    tx,
    { districtCode, kind: 'donation', volunteerId, at: now },
    [
      { account: from, amount: -amount },
      { account: communityPoolAccount(volunteer.communityCode), amount },
    ],
  );
  return { transferId, points: input.points, balancePoints: toPoints(await balanceOf(tx, from)) };
}
