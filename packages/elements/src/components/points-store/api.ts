import { getMyPointsRoute, listRewardsRoute, redeemRewardRoute } from '@wushe/schema';
import { NotFoundError, type Requester } from '@wushe/sdk';

/*
 * The points store's calls, in their own chunk with the contract's schemas: Lit, the SDK and the
 * widget's templates arrive first. Resident calls carry the resident token given, whoever else
 * shares the requester.
 */

/** A community's catalog, out-of-stock rewards included (`stock: 0`), cheapest first. */
export async function fetchRewards(requester: Requester, community: string, signal: AbortSignal) {
  const page = await requester.call(listRewardsRoute, { query: { community } }, { signal });
  return page.data;
}

/** My spendable balance; `null` when the mobile has no volunteer registration (nothing earned). */
export async function fetchBalance(
  requester: Requester,
  token: string,
  signal: AbortSignal,
): Promise<number | null> {
  requester.residentToken = token;
  try {
    return (await requester.call(getMyPointsRoute, {}, { signal })).balancePoints;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** Spends my points on a reward: the redemption with its single-use pickup code. */
export function redeemReward(
  requester: Requester,
  token: string,
  rewardId: string,
  idempotencyKey: string,
) {
  requester.residentToken = token;
  return requester.call(redeemRewardRoute, { body: { rewardId } }, { idempotencyKey });
}
