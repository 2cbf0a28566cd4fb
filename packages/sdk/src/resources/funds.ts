import {
  confirmDonationRoute,
  createDonationRoute,
  getDonationRoute,
  getFundRoute,
  listFundDonationsRoute,
  listFundsRoute,
  type ConfirmDonationRequest,
  type CreateDonationRequest,
  type CreateDonationResponse,
  type Donation,
  type Fund,
  type FundDetail,
  type LedgerEntry,
  type LedgerQuery,
  type ListFundsQuery,
  type Page,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, WithRequestId } from '../requester.js';

/** Community funds (社区慈善基金): progress, the fundraiser's disclosure, the public ledger. */
export class FundsResource {
  constructor(private readonly requester: Requester) {}

  list(params: ListFundsQuery = {}, options?: RequestOptions): PagePromise<Fund> {
    return paginate((cursor) =>
      this.requester.call<Page<Fund>>(
        listFundsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** A fund with its disbursements (what the money was used for). */
  get(params: { id: string }, options?: RequestOptions): Promise<WithRequestId<FundDetail>> {
    return this.requester.call(getFundRoute, { params }, options);
  }

  /** The public ledger: masked donor names (`张**`, `匿名`), amounts in fen, times. */
  ledger(
    { id, ...query }: { id: string } & LedgerQuery,
    options?: RequestOptions,
  ): PagePromise<LedgerEntry> {
    return paginate((cursor) =>
      this.requester.call<Page<LedgerEntry>>(
        listFundDonationsRoute,
        { params: { id }, query: cursor ? { ...query, cursor } : query },
        options,
      ),
    );
  }
}

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
  ): Promise<WithRequestId<CreateDonationResponse>> {
    return this.requester.call(createDonationRoute, { body: params }, options);
  }

  /**
   * A donation by the id `create` returned, with its status: for the page that made it to learn
   * whether the payment went through. The donor is shown as the public ledger shows them.
   */
  get(params: { id: string }, options?: RequestOptions): Promise<WithRequestId<Donation>> {
    return this.requester.call(getDonationRoute, { params }, options);
  }

  /** Staff (secret key): the money arrived (or did not); the fund total moves exactly once. */
  confirm(
    { id, ...body }: { id: string } & ConfirmDonationRequest,
    options?: RequestOptions,
  ): Promise<WithRequestId<Donation>> {
    return this.requester.call(confirmDonationRoute, { params: { id }, body }, options);
  }
}
