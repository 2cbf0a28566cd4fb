import { routes } from '@wushe/schema';
import { bind, type App, type AppDeps } from '../http/route.js';
import { confirmDonation } from '../services/donations/confirm.js';
import { createDonation } from '../services/donations/create.js';
import { createDonationInOneStatement } from '../services/donations/create-in-one-statement.js';
import { findFund, fundDetail, listFunds } from '../services/donations/fund-view.js';
import { donationOf, ledgerPage } from '../services/donations/ledger.js';
import { registerSandboxRoutes } from './sandbox.js';

/**
 * Community funds and donations (SPEC §2, §3 flow 4, §7 慈善法): funds with their progress and
 * disclosure, the public ledger, pending donations with payment instructions, and confirmation,
 * which alone moves a fund's total. Also the sandbox provider's checkout pages, when configured.
 */
export function registerFundRoutes(app: App, deps: AppDeps): void {
  bind(app, deps, routes.listFunds, ({ tx, auth, query }) =>
    listFunds(tx, auth.districtCode, query),
  );

  bind(app, deps, routes.getFund, async ({ tx, auth, params }) =>
    fundDetail(tx, await findFund(tx, auth.districtCode, params.id)),
  );

  bind(app, deps, routes.listFundDonations, async ({ tx, auth, params, query }) => {
    const fund = await findFund(tx, auth.districtCode, params.id);
    return ledgerPage(tx, fund.id, query);
  });

  bind(app, deps, routes.createDonation, createDonation, {
    oneStatement: createDonationInOneStatement,
  });
  bind(app, deps, routes.getDonation, ({ tx, auth, params }) =>
    donationOf(tx, auth.districtCode, params.id),
  );
  bind(app, deps, routes.confirmDonation, confirmDonation);

  if (deps.payments.sandbox) registerSandboxRoutes(app, deps);
}
