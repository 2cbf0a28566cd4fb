import { and, eq, sql } from 'drizzle-orm';
import type { PointsRules } from '@wushe/schema';
import type * as z from 'zod/mini';
import type { Executor } from '../../db/database.js';
import { activities, pointsTransfers } from '../../db/tables/index.js';
import {
  creditLot,
  expiryFrom,
  issuingAccount,
  lockAccount,
  volunteerPointsAccount,
  writeTransfer,
} from './ledger.js';

type Rules = z.output<typeof PointsRules>;

export interface EarningRecord {
  readonly id: string;
  readonly districtCode: string;
  readonly volunteerId: string;
  readonly activityId: string | null;
  readonly servedOn: string;
  readonly halfHours: number;
}

/** Half hours of 信用时 that already earned points in `year`: what the annual cap is counted on. */
export async function earningHalfHours(
  tx: Executor,
  volunteerId: string,
  year: number,
): Promise<number> {
  const [row] = await tx
    .select({ halfHours: sql<string>`coalesce(sum(${pointsTransfers.halfHours}), 0)` })
    .from(pointsTransfers)
    .where(
      and(
        eq(pointsTransfers.volunteerId, volunteerId),
        eq(pointsTransfers.kind, 'earned'),
        eq(pointsTransfers.year, year),
      ),
    );
  return Number(row!.halfHours);
}

/**
 * Hundredths of a point for half hours at a rate and multiplier, rounded down to the hundredth
 * (after clearing floating-point dust, so 3 × 50 × 1.1 is 165, not 164).
 */
export function earnedCents(halfHours: number, pointsPerHour: number, multiplier: number): number {
  return Math.floor(Math.round(halfHours * 50 * pointsPerHour * multiplier * 1e6) / 1e6);
}

/**
 * Credits the points a 信用时 record earns, in the transaction that records it: the hours at the
 * district's rate times the activity's multiplier (clamped into the district's range), counted up
 * to the annual cap of the year served (hours past the cap stay recorded, without points). The
 * volunteer's account is locked first, so two records at once cannot both pass the cap.
 */
export async function earnPoints(
  tx: Executor,
  record: EarningRecord,
  rules: Rules,
  now: Date,
): Promise<void> {
  if (record.halfHours === 0) return;
  await lockAccount(tx, record.districtCode, record.volunteerId, now);
  const year = Number(record.servedOn.slice(0, 4));
  const used = await earningHalfHours(tx, record.volunteerId, year);
  const counted = Math.max(0, Math.min(record.halfHours, rules.annualCapHours * 2 - used));
  if (counted === 0) return;
  const multiplier = await activityMultiplier(tx, record.activityId, rules);
  const amount = earnedCents(counted, rules.pointsPerHour, multiplier);
  const account = volunteerPointsAccount(record.volunteerId);
  const transferId = await writeTransfer(
    tx,
    {
      districtCode: record.districtCode,
      kind: 'earned',
      volunteerId: record.volunteerId,
      serviceRecordId: record.id,
      halfHours: counted,
      year,
      at: now,
    },
    [
      { account, amount },
      { account: issuingAccount(record.districtCode), amount: -amount },
    ],
  );
  await creditLot(tx, account, transferId, amount, expiryFrom(now, rules.expiryYears));
}

async function activityMultiplier(
  tx: Executor,
  activityId: string | null,
  rules: Rules,
): Promise<number> {
  if (activityId === null) return 1;
  const [row] = await tx
    .select({ multiplier: activities.pointsMultiplier })
    .from(activities)
    .where(eq(activities.id, activityId));
  const { min, max } = rules.activityMultiplier;
  // Stored as a `real`: read back to the hundredth it was set with (1.3, not 1.2999999523).
  const stored = Math.round((row?.multiplier ?? 1) * 100) / 100;
  return Math.min(max, Math.max(min, stored));
}
