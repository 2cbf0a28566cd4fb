import { defineElement } from '../../internal/define.js';
import { WusheMyNeeds } from './my-needs.component.js';

export { WusheMyNeeds };
export type { MyNeedsStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-resident-signed-in.js';
export type * from '../../events/wushe-resident-signed-out.js';

defineElement('wushe-my-needs', WusheMyNeeds);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-my-needs': WusheMyNeeds;
  }
}
