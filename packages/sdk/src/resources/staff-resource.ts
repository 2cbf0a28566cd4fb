import {
  confirmTotpRoute,
  createDelegatedSessionRoute,
  disableTotpRoute,
  enrolTotpRoute,
  getStaffMeRoute,
  setStaffPasswordRoute,
  staffSignInRoute,
  staffSignOutRoute,
  type CreateDelegatedSessionRequest,
  type SetStaffPasswordRequest,
  type StaffSignInRequest,
  type TotpCodeRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/**
 * Staff accounts and sessions (SPEC §9). Sign-in, first password, delegated sessions and sign-out
 * exchange credentials: they take no idempotency key and are not retried after they may have run.
 * `me` and `signOut` use the client's `staffToken`.
 */
export class StaffResource {
  constructor(private readonly requester: Requester) {}

  /** Console sign-in with login and password (and TOTP when enabled): a session token. */
  signIn(
    params: StaffSignInRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof staffSignInRoute> {
    return this.requester.call(staffSignInRoute, { body: params }, options);
  }

  /** Sets the first password with a single-use setup or invite token. */
  setPassword(
    params: SetStaffPasswordRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof setStaffPasswordRoute> {
    return this.requester.call(setStaffPasswordRoute, { body: params }, options);
  }

  /** A portal's server (secret key) opens a 15-minute session for one of its staff. */
  createSession(
    params: CreateDelegatedSessionRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createDelegatedSessionRoute> {
    return this.requester.call(createDelegatedSessionRoute, { body: params }, options);
  }

  /** The signed-in account, its roles and scopes. */
  me(options?: RequestOptions): RouteAnswer<typeof getStaffMeRoute> {
    return this.requester.call(getStaffMeRoute, {}, options);
  }

  /** Ends the session: its token stops working at once. */
  signOut(options?: RequestOptions): RouteAnswer<typeof staffSignOutRoute> {
    return this.requester.call(staffSignOutRoute, {}, options);
  }

  /** Starts TOTP enrolment for the signed-in account: a secret and `otpauth://` URI, shown once. */
  enrolTotp(options?: RequestOptions): RouteAnswer<typeof enrolTotpRoute> {
    return this.requester.call(enrolTotpRoute, {}, options);
  }

  /** Turns TOTP on with a code from the new secret; each code is accepted once. */
  confirmTotp(
    params: TotpCodeRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof confirmTotpRoute> {
    return this.requester.call(confirmTotpRoute, { body: params }, options);
  }

  /** Turns TOTP off with a current code (a district_admin must keep it). */
  disableTotp(
    params: TotpCodeRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof disableTotpRoute> {
    return this.requester.call(disableTotpRoute, { body: params }, options);
  }
}
