import { getMyPointsRoute, redeemRewardRoute } from '@wushe/schema';
import { NotFoundError } from '@wushe/sdk';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * A signed-in resident's calls, with their routes' schemas (zod), in a chunk loaded once someone
 * is signed in: through the page's shared sign-in, which sends the token and signs every widget
 * out when the server has ended the session.
 */

/** My spendable balance; `null` when the mobile has no volunteer registration (nothing earned). */
export async function fetchBalance(
  session: ResidentSessionController,
  signal: AbortSignal,
): Promise<number | null> {
  try {
    return (await session.call(getMyPointsRoute, {}, { signal })).balancePoints;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** Spends my points on a reward: the redemption with its single-use pickup code. */
export function redeemReward(
  session: ResidentSessionController,
  rewardId: string,
  idempotencyKey: string,
) {
  return session.call(redeemRewardRoute, { body: { rewardId } }, { idempotencyKey });
}
