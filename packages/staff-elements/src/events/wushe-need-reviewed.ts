import type { NeedStatus } from '@wushe/schema';

/** What a reviewer did to a need in `<wushe-review-queue>`. */
export type NeedReviewAction = 'approve' | 'reject' | 'hide' | 'restore';

/** A need was reviewed: approved (now public), rejected with a reason, hidden or restored. */
export interface WusheNeedReviewedDetail {
  readonly needId: string;
  readonly action: NeedReviewAction;
  readonly status: NeedStatus;
  readonly hidden: boolean;
}

export type WusheNeedReviewedEvent = CustomEvent<WusheNeedReviewedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-need-reviewed': WusheNeedReviewedEvent;
  }
}
