import type { Donation } from '@wushe/schema';

/**
 * A donation made in `<wushe-donation>` was paid and counted towards the fund (status
 * `succeeded`), as the widget learned while it was open: from the provider's checkout, or when
 * staff confirmed an offline pledge. The detail is the `Donation`.
 */
export type WusheDonationSucceededEvent = CustomEvent<Donation>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-donation-succeeded': WusheDonationSucceededEvent;
  }
}
