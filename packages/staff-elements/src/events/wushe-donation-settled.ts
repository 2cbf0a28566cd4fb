import type { DonationStatus } from '@wushe/schema';

/** A pending pledge was settled at `<wushe-donation-desk>`: paid (with the bank reference) or failed. */
export interface WusheDonationSettledDetail {
  readonly donationId: string;
  readonly fundId: string;
  readonly status: DonationStatus;
  readonly amountFen: number;
}

export type WusheDonationSettledEvent = CustomEvent<WusheDonationSettledDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-donation-settled': WusheDonationSettledEvent;
  }
}
