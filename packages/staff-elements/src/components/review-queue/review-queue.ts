import { defineElement } from '@wushe/elements/foundation.js';
import { WusheReviewQueue } from './review-queue.component.js';

export { WusheReviewQueue };
export type { ReviewQueueStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-need-reviewed.js';

defineElement('wushe-review-queue', WusheReviewQueue);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-review-queue': WusheReviewQueue;
  }
}
