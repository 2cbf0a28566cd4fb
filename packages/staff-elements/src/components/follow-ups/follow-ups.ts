import { defineElement } from '@wushe/elements/foundation.js';
import { WusheFollowUps } from './follow-ups.component.js';

export { WusheFollowUps };
export type { FollowUpsStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-follow-up-recorded.js';

defineElement('wushe-follow-ups', WusheFollowUps);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-follow-ups': WusheFollowUps;
  }
}
