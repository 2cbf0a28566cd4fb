import {
  createDisbursementRoute,
  createFundRoute,
  listStaffFundsRoute,
  updateFundRoute,
  type CreateDisbursementRequest,
  type CreateFundRequest,
  type ListStaffFundsQuery,
  type UpdateFundRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/**
 * Funds as staff run them (street_staff and above, within the fund's division; or the secret
 * key). Apart from `FundsResource`, so a donation widget never bundles the editing schemas.
 * Whether a fund may be offered for donation is the contract's `donatableBlockers`: asking for
 * `donatable: true` too early is a `ConflictError` (`fund_disclosure_incomplete`) whose issues
 * name each missing field.
 */
export class StaffFundsResource {
  constructor(private readonly requester: Requester) {}

  /**
   * The funds of `division` and of those within it, as staff edit them: offered or not, the
   * disclosure entered so far and `missingDisclosure`, the checklist of what it still lacks.
   */
  list(
    params: ListStaffFundsQuery,
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listStaffFundsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listStaffFundsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** A fund of the district, a street or a community (`divisionId`). */
  create(params: CreateFundRequest, options?: RequestOptions): RouteAnswer<typeof createFundRoute> {
    return this.requester.call(createFundRoute, { body: params }, options);
  }

  /** Edits a fund: its fields, its disclosure (a field set to `null` is cleared), `donatable`. */
  update(
    { id, ...body }: { id: string } & UpdateFundRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateFundRoute> {
    return this.requester.call(updateFundRoute, { params: { id }, body }, options);
  }

  /**
   * Records a use of the fund's money, public on its ledger (慈善法 Art. 42). More than the fund
   * holds is a `ConflictError` (`insufficient_fund_balance`).
   */
  disburse(
    { id, ...body }: { id: string } & CreateDisbursementRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createDisbursementRoute> {
    return this.requester.call(createDisbursementRoute, { params: { id }, body }, options);
  }
}
