import { and, asc, desc, eq, gt, isNotNull } from 'drizzle-orm';
import type { PointsMovement, routes, VolunteerPoints } from '@wushe/schema';
import type { Database, Executor } from '../../db/database.js';
import { pointsEntries, pointsLots, pointsTransfers } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { requireInDistrict } from '../volunteers/lookups.js';
import { volunteers } from '../../db/tables/index.js';
import { chinaToday } from '../volunteers/dates.js';
import { districtSettings } from '../settings/settings.js';
import { earningHalfHours } from './earn.js';
import { lockAccount, toPoints, volunteerPointsAccount } from './ledger.js';

type PointsContext = ServiceContext<typeof routes.getVolunteerPoints>;

/** The most movements a read lists, newest first. */
const HISTORY_LIMIT = 200;

function movementKind(kind: string, amount: number): PointsMovement['kind'] {
  switch (kind) {
    case 'earned':
      return 'earned';
    case 'family':
      return amount < 0 ? 'transferred_out' : 'transferred_in';
    case 'donation':
      return 'donated';
    case 'redemption':
      return 'redeemed';
    default:
      return 'expired';
  }
}

/**
 * A volunteer's points as of `now`. Expiry is settled on read: in its own short transaction the
 * account is locked and whatever lapsed is written to the expired account (the same step every
 * movement on the account takes first), so the balance and the history always agree, with one
 * server process or many.
 */
export async function pointsOf(
  db: Database,
  districtCode: string,
  volunteerId: string,
  now: Date,
): Promise<VolunteerPoints> {
  const rules = (await districtSettings(db, districtCode)).points;
  const account = volunteerPointsAccount(volunteerId);
  const balance = await db.transaction((tx) => lockAccount(tx, districtCode, volunteerId, now));
  const history = await db
    .select({
      transferId: pointsEntries.transferId,
      amount: pointsEntries.amount,
      kind: pointsTransfers.kind,
      serviceRecordId: pointsTransfers.serviceRecordId,
      redemptionId: pointsTransfers.redemptionId,
      at: pointsEntries.createdAt,
    })
    .from(pointsEntries)
    .innerJoin(pointsTransfers, eq(pointsTransfers.id, pointsEntries.transferId))
    .where(eq(pointsEntries.account, account))
    .orderBy(desc(pointsEntries.createdAt), desc(pointsEntries.id))
    .limit(HISTORY_LIMIT);
  return {
    volunteerId,
    balancePoints: toPoints(balance),
    earningHalfHoursThisYear: await earningHalfHours(
      db,
      volunteerId,
      Number(chinaToday(now).slice(0, 4)),
    ),
    annualCapHours: rules.annualCapHours,
    nextExpiry: await nextExpiry(db, account),
    history: history.map((row) => ({
      transferId: row.transferId,
      kind: movementKind(row.kind, row.amount),
      points: toPoints(row.amount),
      serviceRecordId: row.serviceRecordId,
      redemptionId: row.redemptionId,
      at: row.at.toISOString(),
    })),
  };
}

/** The points that expire soonest, and the day (China's) they do. */
async function nextExpiry(tx: Executor, account: string): Promise<VolunteerPoints['nextExpiry']> {
  const lots = await tx
    .select({ remaining: pointsLots.remaining, expiresAt: pointsLots.expiresAt })
    .from(pointsLots)
    .where(
      and(
        eq(pointsLots.account, account),
        gt(pointsLots.remaining, 0),
        isNotNull(pointsLots.expiresAt),
      ),
    )
    .orderBy(asc(pointsLots.expiresAt));
  const first = lots[0];
  if (!first?.expiresAt) return null;
  const on = chinaToday(first.expiresAt);
  const points = lots
    .filter((lot) => lot.expiresAt && chinaToday(lot.expiresAt) === on)
    .reduce((sum, lot) => sum + lot.remaining, 0);
  return { points: toPoints(points), on };
}

/**
 * `GET /v1/volunteers/{id}/points` (staff, within the volunteer's community or street): the
 * balance, the cap used this year, what expires next, and the history. Audited like the hours.
 */
export async function volunteerPoints(ctx: PointsContext): Promise<VolunteerPoints> {
  const { tx, auth, params, deps } = ctx;
  await requireInDistrict(tx, volunteers, auth.districtCode, params.id);
  const points = await pointsOf(deps.db, auth.districtCode, params.id, deps.now());
  await ctx.audit('volunteer_points.read', 'volunteer', params.id, {
    movements: points.history.length,
  });
  return points;
}
