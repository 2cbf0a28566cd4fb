import { defineElement } from '@wushe/elements/foundation.js';
import { WusheNeedMatcher } from './need-matcher.component.js';

export { WusheNeedMatcher };
export type { NeedMatcherStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-need-matched.js';

defineElement('wushe-need-matcher', WusheNeedMatcher);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-need-matcher': WusheNeedMatcher;
  }
}
