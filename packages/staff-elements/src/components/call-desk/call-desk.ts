import { defineElement } from '@wushe/elements/foundation.js';
import { WusheCallDesk } from './call-desk.component.js';

export { WusheCallDesk };
export type { CallDeskStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-call-updated.js';

defineElement('wushe-call-desk', WusheCallDesk);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-call-desk': WusheCallDesk;
  }
}
