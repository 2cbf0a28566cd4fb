import * as z from 'zod/mini';
import { checked } from '../checked.js';
import {
  CreateAccountRequest,
  TotpCodeRequest,
  UpdateAccountRequest,
} from '../entities/accounts.js';
import { StaffRole } from '../entities/staff.js';
import { prefixedId, text, valuesOf } from '../primitives.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * Staff accounts (SPEC §9): administered by a district_admin, and by street staff for the
 * accounts of their communities; the roles a caller may grant are checked by the binder from
 * `permission.grants`. TOTP enrolment is each signed-in account's own.
 */

/** Roles that administer accounts. */
const ADMINISTRATORS = ['district_admin', 'street_staff'] as const;

/** `GET /v1/accounts`: every filter given applies. In the order of logins. */
export const ListAccountsQuery = /* @__PURE__ */ z.strictObject({
  ...PageQuery.shape,
  role: z.optional(z.enum(valuesOf(StaffRole))),
  /** Accounts with a grant in this division (a street's includes its communities'). */
  division: z.optional(checked(z.string(), z.regex(/^\d{6}(\d{3}){0,2}$/))),
  disabled: z.optional(z.enum(['true', 'false'])),
  /** Part of the name or the login. */
  search: z.optional(text(1, 40)),
});
export type ListAccountsQuery = z.input<typeof ListAccountsQuery>;

export const listAccountsRoute = {
  id: 'listAccounts',
  method: 'GET',
  path: '/v1/accounts',
  summary: 'Staff accounts the caller administers (a street: its communities’ accounts), by login',
  tag: 'accounts',
  auth: 'staff',
  query: ListAccountsQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
  permission: { roles: ADMINISTRATORS },
} as const satisfies RouteDefinition;

export const listGrantableRolesRoute = {
  id: 'listGrantableRoles',
  method: 'GET',
  path: '/v1/accounts/grantable',
  summary: 'The roles the caller may grant, each with the division it may be granted within',
  tag: 'accounts',
  auth: 'staff',
  status: 200,
  errors: [...STAFF_ERRORS],
  permission: { roles: ADMINISTRATORS },
} as const satisfies RouteDefinition;

export const createAccountRoute = {
  id: 'createAccount',
  method: 'POST',
  path: '/v1/accounts',
  summary:
    'A staff account with its roles; an invite with a one-time setup link (72 h) is sent after commit',
  tag: 'accounts',
  auth: 'staff',
  body: CreateAccountRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...STAFF_ERRORS,
    'login_taken',
    'external_id_taken',
    'idempotency_key_reused',
    'idempotency_in_progress',
  ],
  idempotency: 'optional',
  permission: { roles: ADMINISTRATORS, grants: { in: 'body', field: 'roles' } },
} as const satisfies RouteDefinition;

export const updateAccountRoute = {
  id: 'updateAccount',
  method: 'PATCH',
  path: '/v1/accounts/{id}',
  summary: 'Rename, replace roles, disable (ends its sessions) or re-send the invite',
  tag: 'accounts',
  auth: 'staff',
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('acc') }),
  body: UpdateAccountRequest,
  status: 200,
  errors: [
    ...BODY_ERRORS,
    ...STAFF_ERRORS,
    'not_found',
    'last_district_admin',
    'idempotency_key_reused',
    'idempotency_in_progress',
  ],
  idempotency: 'optional',
  permission: {
    roles: ADMINISTRATORS,
    scope: { in: 'params', field: 'id', subject: 'account' },
    grants: { in: 'body', field: 'roles' },
  },
} as const satisfies RouteDefinition;

export const enrolTotpRoute = {
  id: 'enrolTotp',
  method: 'POST',
  path: '/v1/staff/totp',
  summary: 'A new authenticator secret (shown once), pending until a code from it is confirmed',
  tag: 'staff',
  auth: 'staff_session',
  status: 200,
  errors: ['session_expired', 'totp_already_enabled'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const confirmTotpRoute = {
  id: 'confirmTotp',
  method: 'POST',
  path: '/v1/staff/totp/confirm',
  summary: 'Turns TOTP on with a code from the pending secret; sign-in needs a code from then on',
  tag: 'staff',
  auth: 'staff_session',
  body: TotpCodeRequest,
  status: 200,
  errors: [...BODY_ERRORS, 'session_expired', 'totp_code_invalid', 'totp_not_pending'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const disableTotpRoute = {
  id: 'disableTotp',
  method: 'DELETE',
  path: '/v1/staff/totp',
  summary: 'Turns TOTP off with a current code (not for a district_admin, who must keep it)',
  tag: 'staff',
  auth: 'staff_session',
  body: TotpCodeRequest,
  status: 200,
  errors: [...BODY_ERRORS, 'session_expired', 'totp_code_invalid', 'totp_required_for_role'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

/** The account routes, spread into `routes`. */
export const accountRoutes = {
  listAccounts: listAccountsRoute,
  listGrantableRoles: listGrantableRolesRoute,
  createAccount: createAccountRoute,
  updateAccount: updateAccountRoute,
  enrolTotp: enrolTotpRoute,
  confirmTotp: confirmTotpRoute,
  disableTotp: disableTotpRoute,
} as const;
