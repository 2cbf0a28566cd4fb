import {
  createRewardRoute,
  listRewardsRoute,
  redeemPickupCodeRoute,
  updateRewardRoute,
  type CreateRewardRequest,
  type ListRewardsQuery,
  type RedeemPickupCodeRequest,
  type UpdateRewardRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/**
 * The 爱心超市 (SPEC §13): a community's catalog (a publishable key), kept by its staff, and the
 * counter where a pickup code is handed over (the community's staff or the provider's members).
 */
export class RewardsResource {
  constructor(private readonly requester: Requester) {}

  /** The rewards on offer in a community, cheapest first; out-of-stock ones show `stock: 0`. */
  list(params: ListRewardsQuery, options?: RequestOptions): RouteAnswer<typeof listRewardsRoute> {
    return this.requester.call(listRewardsRoute, { query: params }, options);
  }

  /** A new reward, provided by an organization of the district (community staff and above). */
  create(
    params: CreateRewardRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createRewardRoute> {
    return this.requester.call(createRewardRoute, { body: params }, options);
  }

  /** Edits a reward: price, stock (set, not added), provider; `active: false` withdraws it. */
  update(
    { id, ...body }: { id: string } & UpdateRewardRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateRewardRoute> {
    return this.requester.call(updateRewardRoute, { params: { id }, body }, options);
  }

  /**
   * Hands a reward over against its pickup code (`K7QM-4XPD`; lower case or no dash is fine).
   * A code used before is a `ConflictError` (`already_redeemed`); an unknown one `NotFoundError`.
   */
  redeemCode(
    params: RedeemPickupCodeRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof redeemPickupCodeRoute> {
    return this.requester.call(redeemPickupCodeRoute, { body: params }, options);
  }
}
