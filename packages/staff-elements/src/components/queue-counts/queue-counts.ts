import { defineElement } from '@wushe/elements/foundation.js';
import { WusheQueueCounts } from './queue-counts.component.js';

export { WusheQueueCounts };
export type { QueueCountsStrings } from './strings/zh-CN.js';

defineElement('wushe-queue-counts', WusheQueueCounts);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-queue-counts': WusheQueueCounts;
  }
}
