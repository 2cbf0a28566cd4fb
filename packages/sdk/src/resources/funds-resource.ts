import {
  getFundRoute,
  listFundDonationsRoute,
  listFundsRoute,
  type LedgerQuery,
  type ListFundsQuery,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** Community funds (社区慈善基金): progress, the fundraiser's disclosure, the public ledger. */
export class FundsResource {
  constructor(private readonly requester: Requester) {}

  list(
    params: ListFundsQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listFundsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listFundsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** A fund with its disbursements (what the money was used for). */
  get(params: { id: string }, options?: RequestOptions): RouteAnswer<typeof getFundRoute> {
    return this.requester.call(getFundRoute, { params }, options);
  }

  /** The public ledger: masked donor names (`张**`, `匿名`), amounts in fen, times. */
  ledger(
    { id, ...query }: { id: string } & LedgerQuery,
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listFundDonationsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listFundDonationsRoute,
        { params: { id }, query: cursor ? { ...query, cursor } : query },
        options,
      ),
    );
  }
}
