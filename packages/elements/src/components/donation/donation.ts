import { defineElement } from '../../internal/define.js';
import { WusheDonation } from './donation.component.js';

export { WusheDonation };
export type { DonationStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-donation-created.js';
export type * from '../../events/wushe-donation-succeeded.js';
export type * from '../../events/wushe-donation-failed.js';

defineElement('wushe-donation', WusheDonation);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-donation': WusheDonation;
  }
}
