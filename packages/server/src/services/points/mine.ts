import type { IssuedRedemption, routes, VolunteerPoints } from '@wushe/schema';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { myVolunteerRow } from '../residents/volunteer.js';
import { pointsOf } from './read.js';
import { redeemReward } from './redeem.js';

/*
 * The signed-in resident's own points (SPEC §13): points belong to a volunteer registration, found
 * by the resident's mobile. Someone who never registered (or withdrew) has none: 404.
 */

async function myVolunteerId(
  ctx: ServiceContext<typeof routes.getMyPoints | typeof routes.redeemReward>,
) {
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
