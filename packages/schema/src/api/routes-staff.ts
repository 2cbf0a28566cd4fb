import {
  CreateDelegatedSessionRequest,
  SetStaffPasswordRequest,
  StaffSignInRequest,
} from '../entities/staff.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS } from './route-errors.js';

/*
 * Staff sign-in and sessions (SPEC §9). Who may call each route is declared in its definition.
 * Every write here is a credential exchange, `idempotency: 'none'`: its answer carries a session
 * token that a replay record would keep in plain text (see `RouteDefinition`).
 */

export const staffSignInRoute = {
  id: 'staffSignIn',
  method: 'POST',
  path: '/v1/staff/sign-in',
  summary:
    'Console sign-in with login and password (and TOTP): a staff token, also set as an HttpOnly cookie',
  tag: 'staff',
  auth: 'none',
  body: StaffSignInRequest,
  status: 200,
  errors: [...BODY_ERRORS, 'invalid_credentials', 'totp_required', 'account_locked'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const setStaffPasswordRoute = {
  id: 'setStaffPassword',
  method: 'POST',
  path: '/v1/staff/password',
  summary: 'Set the first password with a single-use setup or invite token (72 h)',
  tag: 'staff',
  auth: 'none',
  body: SetStaffPasswordRequest,
  status: 200,
  errors: [...BODY_ERRORS, 'setup_token_invalid', 'password_too_weak', 'password_too_common'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const createDelegatedSessionRoute = {
  id: 'createDelegatedSession',
  method: 'POST',
  path: '/v1/staff/sessions',
  summary:
    "A portal's server opens a staff session (15 min) for one of its staff, bound to its origins",
  tag: 'staff',
  auth: 'secret',
  body: CreateDelegatedSessionRequest,
  status: 200,
  errors: [...BODY_ERRORS, 'secret_key_required', 'not_found'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const getStaffMeRoute = {
  id: 'getStaffMe',
  method: 'GET',
  path: '/v1/staff/me',
  summary: 'The signed-in account, its roles and scopes',
  tag: 'staff',
  auth: 'staff_session',
  status: 200,
  errors: ['session_expired'],
} as const satisfies RouteDefinition;

export const staffSignOutRoute = {
  id: 'staffSignOut',
  method: 'POST',
  path: '/v1/staff/sign-out',
  summary: 'End the staff session; its token stops working at once',
  tag: 'staff',
  auth: 'staff_session',
  status: 200,
  errors: ['session_expired', 'origin_not_allowed'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

/** The staff routes, spread into `routes`. */
export const staffRoutes = {
  staffSignIn: staffSignInRoute,
  setStaffPassword: setStaffPasswordRoute,
  createDelegatedSession: createDelegatedSessionRoute,
  getStaffMe: getStaffMeRoute,
  staffSignOut: staffSignOutRoute,
} as const;

export type StaffRouteName = keyof typeof staffRoutes;
