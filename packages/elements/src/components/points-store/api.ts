import { getMyPointsRoute, listRewardsRoute, redeemRewardRoute } from '@wushe/schema';
import { NotFoundError, type Requester } from '@wushe/sdk';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * The points store's calls, in their own chunk with the contract's schemas: Lit, the SDK and the
 * widget's templates arrive first. A resident's calls go through the page's shared sign-in, which
 * sends the token and signs every widget out when the server has ended the session.
 */

/** A community's catalog, out-of-stock rewards included (`stock: 0`), cheapest first. */
export async function fetchRewards(requester: Requester, community: string, signal: AbortSignal) {
  const page = await requester.call(listRewardsRoute, { query: { community } }, { signal });
  return page.data;
}

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
