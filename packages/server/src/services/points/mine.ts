import {
  chinaDate,
  type ErrorCode,
  type IssuedRedemption,
  type PointsTransfer,
  type routes,
  type VolunteerPoints,
} from '@wushe/schema';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { refusalIssue } from '../residents/codes.js';
import { myVolunteerRow } from '../residents/volunteer.js';
import { districtSettings } from '../settings/settings.js';
import { donateToCommunityPool, transferToFamily } from './family.js';
import { pointsOf } from './read.js';
import { redeemReward } from './redeem.js';

/*
 * The signed-in resident's own points (SPEC §13): points belong to a volunteer registration, found
 * by the resident's mobile. Someone who never registered (or withdrew) has none: 404.
 */

type MyPointsRoute =
  | typeof routes.getMyPoints
  | typeof routes.redeemReward
  | typeof routes.transferMyPoints
  | typeof routes.donateMyPoints;

async function myVolunteerId(ctx: ServiceContext<MyPointsRoute>) {
  const row = await myVolunteerRow(ctx.tx, ctx.resident);
  if (!row) throw new DomainError('not_found');
  return row.id;
}

/** `GET /v1/residents/me/points`: the same figures staff read at `/v1/volunteers/{id}/points`. */
export async function myPoints(
  ctx: ServiceContext<typeof routes.getMyPoints>,
): Promise<VolunteerPoints> {
  const volunteerId = await myVolunteerId(ctx);
  return pointsOf(ctx.deps.db, ctx.resident.districtCode, volunteerId, ctx.deps.now());
}

/** `POST /v1/redemptions`: spend my points on a reward; the pickup code is shown this once. */
export async function redeemMyReward(
  ctx: ServiceContext<typeof routes.redeemReward>,
): Promise<IssuedRedemption> {
  const volunteerId = await myVolunteerId(ctx);
  return redeemReward(ctx.tx, {
    districtCode: ctx.resident.districtCode,
    volunteerId,
    rewardId: ctx.body.rewardId,
    now: ctx.deps.now(),
  });
}

/** The field a refusal of a transfer or donation is about, so a form can show it in place. */
const REFUSAL_FIELDS: Partial<Record<ErrorCode, string>> = {
  family_member_not_found: 'toMobile',
  family_member_under_age: 'toMobile',
  insufficient_points: 'points',
};

/** Runs a points movement; a refusal that names a field of the request says which. */
async function withFieldPath<T>(ctx: ServiceContext<MyPointsRoute>, move: () => Promise<T>) {
  try {
    return await move();
  } catch (error) {
    const field = error instanceof DomainError && !error.issues && REFUSAL_FIELDS[error.code];
    if (!field) throw error;
    throw new DomainError(error.code, refusalIssue(error.code, field, ctx.messages));
  }
}

/** `POST /v1/residents/me/points/transfers`: give points to family aged 60 or over. */
export async function transferMyPoints(
  ctx: ServiceContext<typeof routes.transferMyPoints>,
): Promise<PointsTransfer> {
  const volunteerId = await myVolunteerId(ctx);
  const now = ctx.deps.now();
  const { districtCode } = ctx.resident;
  const rules = (await districtSettings(ctx.tx, districtCode)).points;
  return withFieldPath(ctx, () =>
    transferToFamily(ctx.tx, {
      ...ctx.body,
      districtCode,
      volunteerId,
      rules,
      today: chinaDate(now),
      now,
    }),
  );
}

/** `POST /v1/residents/me/points/donations`: give points back to my community's pool. */
export async function donateMyPoints(
  ctx: ServiceContext<typeof routes.donateMyPoints>,
): Promise<PointsTransfer> {
  const volunteerId = await myVolunteerId(ctx);
  const { districtCode } = ctx.resident;
  const rules = (await districtSettings(ctx.tx, districtCode)).points;
  return withFieldPath(ctx, () =>
    donateToCommunityPool(ctx.tx, {
      districtCode,
      volunteerId,
      points: ctx.body.points,
      rules,
      now: ctx.deps.now(),
    }),
  );
}
