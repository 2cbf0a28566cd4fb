import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import {
  CreateDisbursementRequest,
  CreateFundRequest,
  FundDivision,
  UpdateFundRequest,
} from '../entities/fund-admin.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * Funds as staff run them (SPEC §9): street_staff and above, within the fund's division. A fund is
 * offered for donation only when `donatableBlockers` (fund-rules.ts) finds nothing in the way.
 */

const fundById = /* @__PURE__ */ z.strictObject({ id: prefixedId('fund') });
const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
const FUND_EDITORS = ['district_admin', 'street_staff'] as const;

/**
 * `GET /v1/staff/funds`: the funds of `division` and of the divisions within it (a street's and
 * its communities'; the district: all), by name, as staff edit them.
 */
export const ListStaffFundsQuery = /* @__PURE__ */ z.strictObject({
  ...PageQuery.shape,
  division: FundDivision,
});
export type ListStaffFundsQuery = z.input<typeof ListStaffFundsQuery>;

export const listStaffFundsRoute = {
  id: 'listStaffFunds',
  method: 'GET',
  path: '/v1/staff/funds',
  summary:
    'Funds of a division and those within it as staff edit them: offered or not, the disclosure entered so far and what it still misses',
  tag: 'funds',
  auth: 'staff',
  permission: {
    roles: FUND_EDITORS,
    scope: { in: 'query', field: 'division', subject: 'division' },
  },
  query: ListStaffFundsQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

export const createFundRoute = {
  id: 'createFund',
  method: 'POST',
  path: '/v1/funds',
  summary:
    'Create a fund of the district, a street or a community; donatable only when direct and fully disclosed (慈善法 Art. 25)',
  tag: 'funds',
  auth: 'staff',
  permission: {
    roles: FUND_EDITORS,
    scope: { in: 'body', field: 'divisionId', subject: 'division' },
  },
  body: CreateFundRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found', 'fund_disclosure_incomplete'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateFundRoute = {
  id: 'updateFund',
  method: 'PATCH',
  path: '/v1/funds/{id}',
  summary:
    'Edit a fund, its disclosure, or whether it is offered for donation (refused, naming what is missing, until it may be)',
  tag: 'funds',
  auth: 'staff',
  permission: { roles: FUND_EDITORS, scope: { in: 'params', field: 'id', subject: 'fund' } },
  params: fundById,
  body: UpdateFundRequest,
  status: 200,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found', 'fund_disclosure_incomplete'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const createDisbursementRoute = {
  id: 'createDisbursement',
  method: 'POST',
  path: '/v1/funds/{id}/disbursements',
  summary:
    "Record a use of the fund's money, public on its ledger (Art. 42); never more than the fund holds",
  tag: 'funds',
  auth: 'staff',
  permission: { roles: FUND_EDITORS, scope: { in: 'params', field: 'id', subject: 'fund' } },
  params: fundById,
  body: CreateDisbursementRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...STAFF_ERRORS,
    ...created,
    'not_found',
    'insufficient_fund_balance',
    'project_quiet',
  ],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The fund administration routes, spread into `routes`. */
export const fundAdminRoutes = {
  listStaffFunds: listStaffFundsRoute,
  createFund: createFundRoute,
  updateFund: updateFundRoute,
  createDisbursement: createDisbursementRoute,
} as const;
