import type { CreateDonationResponse } from '@wushe/schema';

/**
 * `<wushe-donation>` created a pending donation: `detail.donation` (status `pending`, the donor as
 * the public ledger will show them) and `detail.payment`, the instructions the donor was shown
 * (an offline pledge's account and reference, or a checkout URL). Fired once per donation, however
 * many times the request had to be sent.
 */
export type WusheDonationCreatedDetail = CreateDonationResponse;

export type WusheDonationCreatedEvent = CustomEvent<WusheDonationCreatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-donation-created': WusheDonationCreatedEvent;
  }
}
