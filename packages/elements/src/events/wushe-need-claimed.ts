import type { Claim } from '@wushe/schema';

/** A resident claimed a need from `<wushe-needs-list>`. */
export interface WusheNeedClaimedDetail {
  readonly needId: string;
  readonly claim: Claim;
}

export type WusheNeedClaimedEvent = CustomEvent<WusheNeedClaimedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-need-claimed': WusheNeedClaimedEvent;
  }
}
