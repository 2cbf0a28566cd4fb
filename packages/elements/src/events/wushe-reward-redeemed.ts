import type { Redemption } from '@wushe/schema';

/**
 * A resident spent points on a reward in `<wushe-points-store>`. The detail is the redemption
 * without its pickup code, which only the resident's screen shows.
 */
export type WusheRewardRedeemedDetail = Redemption;

export type WusheRewardRedeemedEvent = CustomEvent<WusheRewardRedeemedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-reward-redeemed': WusheRewardRedeemedEvent;
  }
}
