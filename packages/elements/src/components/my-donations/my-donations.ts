import { defineElement } from '../../internal/define.js';
import { WusheMyDonations } from './my-donations.component.js';

export { WusheMyDonations };
export type { MyDonationsStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-resident-signed-in.js';
export type * from '../../events/wushe-resident-signed-out.js';

defineElement('wushe-my-donations', WusheMyDonations);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-my-donations': WusheMyDonations;
  }
}
