import type { RouteHandlers } from '../http/route.js';
import { createDisbursement } from '../services/funds/disburse.js';
import { createFund, updateFund } from '../services/funds/edit.js';
import { listStaffFunds } from '../services/funds/staff-fund.js';

/**
 * Funds as staff run them (SPEC §9): street_staff and above within the fund's division, as the
 * routes declare; a fund is offered for donation only when the contract's rule allows it.
 */
export const fundAdminHandlers = {
  listStaffFunds: ({ tx, auth, query }) => listStaffFunds(tx, auth.districtCode, query),
  createFund,
  updateFund,
  createDisbursement,
} satisfies Partial<RouteHandlers>;
