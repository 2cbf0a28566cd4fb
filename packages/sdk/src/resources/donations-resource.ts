import {
  confirmDonationRoute,
  createDonationRoute,
  getDonationRoute,
  type ConfirmDonationRequest,
  type CreateDonationRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** Donations. Amounts are integer fen: 100 fen is 1 yuan. */
export class DonationsResource {
  constructor(private readonly requester: Requester) {}

  /**
   * A pending donation and how to pay it. An idempotency key is generated when none is given and
   * reused by every retry, so a donation is never created twice; pass your own to survive a page
   * reload (keep it until the attempt completes).
   */
  create(
    params: CreateDonationRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createDonationRoute> {
    return this.requester.call(createDonationRoute, { body: params }, options);
  }

  /**
   * A donation by the id `create` returned, with its status: for the page that made it to learn
   * whether the payment went through. The donor is shown as the public ledger shows them.
   */
  get(params: { id: string }, options?: RequestOptions): RouteAnswer<typeof getDonationRoute> {
    return this.requester.call(getDonationRoute, { params }, options);
  }

  /**
   * Staff (secret key): the money arrived (or did not); the fund total moves exactly once. Sent
   * with an idempotency key reused by its retries, so a retry after a lost answer gets the first
   * outcome again rather than `donation_not_pending`.
   */
  confirm(
    { id, ...body }: { id: string } & ConfirmDonationRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof confirmDonationRoute> {
    return this.requester.call(confirmDonationRoute, { params: { id }, body }, options);
  }
}
