import type { RouteBindOptions, RouteHandlers } from '../http/route.js';
import { confirmDonation } from '../services/donations/confirm.js';
import { createDonation } from '../services/donations/create.js';
import { createDonationInOneStatement } from '../services/donations/create-in-one-statement.js';
import { findFund, fundDetail, listFunds, toFund } from '../services/donations/fund-view.js';
import { donationOf, ledgerPage } from '../services/donations/ledger.js';

/**
 * Community funds and donations (SPEC §2, §3 flow 4, §7 慈善法): funds with their progress and
 * disclosure, the public ledger, pending donations with payment instructions, and confirmation,
 * which alone moves a fund's total. (The sandbox provider's checkout pages are in `sandbox.ts`.)
 */
export const fundHandlers = {
  listFunds: ({ tx, auth, query }) => listFunds(tx, auth.districtCode, query, toFund),

  getFund: async ({ tx, auth, params }) =>
    fundDetail(tx, await findFund(tx, auth.districtCode, params.id)),

  listFundDonations: async ({ tx, auth, params, query }) => {
    const fund = await findFund(tx, auth.districtCode, params.id);
    return ledgerPage(tx, fund.id, query);
  },

  createDonation,
  getDonation: ({ tx, auth, params }) => donationOf(tx, auth.districtCode, params.id),
  confirmDonation,
} satisfies Partial<RouteHandlers>;

/** The donation is written in one statement with its idempotency record when the facts allow. */
export const fundBindOptions = {
  createDonation: { oneStatement: createDonationInOneStatement },
} satisfies RouteBindOptions;
