import type { Donation } from '@wushe/schema';

/**
 * A donation attempt in `<wushe-donation>` did not go through: the API refused it or could not be
 * reached (`code` is the API's or the SDK's, e.g. `fund_not_donatable`, `connection_failed`; no
 * `donation`), or the payment failed (`code` `payment_failed`, with the failed `donation`).
 * Field errors the resident is fixing in the form are not failures.
 */
export interface WusheDonationFailedDetail {
  readonly fundId: string;
  readonly code: string;
  readonly message: string;
  readonly requestId: string | undefined;
  readonly donation: Donation | undefined;
}

export type WusheDonationFailedEvent = CustomEvent<WusheDonationFailedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-donation-failed': WusheDonationFailedEvent;
  }
}
