import { defineElement } from '@wushe/elements/foundation.js';
import { WusheDonationDesk } from './donation-desk.component.js';

export { WusheDonationDesk };
export type { DonationDeskStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-donation-settled.js';

defineElement('wushe-donation-desk', WusheDonationDesk);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-donation-desk': WusheDonationDesk;
  }
}
