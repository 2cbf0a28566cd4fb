import {
  createFundRoute,
  listDivisionsRoute,
  listStaffFundsRoute,
  updateFundRoute,
  type CreateFundRequest,
  type DivisionTree,
  type StaffFund,
  type UpdateFundRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

export interface FundsData {
  readonly funds: readonly StaffFund[];
  readonly tree: DivisionTree;
}

/** How many funds one page shows. */
export const FUNDS_PAGE = 100;

/** The funds of `division` and of those within it, as staff edit them, and the divisions. */
export async function loadFunds(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<FundsData> {
  const [page, tree] = await Promise.all([
    requester.call(listStaffFundsRoute, { query: { division, limit: FUNDS_PAGE } }, { signal }),
    requester.call(listDivisionsRoute, {}, { signal }),
  ]);
  return { funds: page.data, tree };
}

export const createFund = (requester: Requester, body: CreateFundRequest) =>
  requester.call(createFundRoute, { body });

export const updateFund = (requester: Requester, id: string, body: UpdateFundRequest) =>
  requester.call(updateFundRoute, { params: { id }, body });
