import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import { RequestResidentCodeRequest, ResidentSignInRequest } from '../entities/resident.js';
import { UpdateMyVolunteerRequest } from '../entities/resident-data.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS } from './route-errors.js';
import { residentRoute } from './resident-route.js';

/*
 * Residents' own side (SPEC §13). Sign-in exchanges a code for a resident token (`rt_…`); every
 * other route here is `auth: 'resident'`: the binder resolves the token, checks the page's origin
 * against the one the token was issued to, and hands the handler the resident (`ctx.resident`).
 * Take no idempotency key (`idempotency: 'none'`): a code request (a replay would answer "sent"
 * and send nothing), sign-in and sign-out (credential exchanges), and erasure (it ends the token a
 * retry would need, so a retry is answered 401 whatever a replay record held).
 */

export const requestResidentCodeRoute = {
  id: 'requestResidentCode',
  method: 'POST',
  path: '/v1/residents/codes',
  summary: 'Send a 6-digit sign-in code to a mobile by SMS (5 an hour per mobile, live 5 minutes)',
  tag: 'residents',
  auth: 'publishable',
  body: RequestResidentCodeRequest,
  status: 200,
  errors: [...BODY_ERRORS, 'too_many_codes'],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const residentSignInRoute = {
  id: 'residentSignIn',
  method: 'POST',
  path: '/v1/residents/sessions',
  summary: 'Sign in with the mobile and its code: a resident token bound to this page’s origin',
  tag: 'residents',
  auth: 'publishable',
  body: ResidentSignInRequest,
  status: 200,
  errors: [
    ...BODY_ERRORS,
    'code_invalid',
    'code_expired',
    'code_already_used',
    'code_attempts_exceeded',
  ],
  idempotency: 'none',
} as const satisfies RouteDefinition;

export const residentSignOutRoute = residentRoute({
  id: 'residentSignOut',
  method: 'DELETE',
  path: '/v1/residents/sessions/current',
  summary: 'Sign out: the resident token stops working at once',
  idempotency: 'none',
}) satisfies RouteDefinition;

export const getResidentMeRoute = residentRoute({
  id: 'getResidentMe',
  method: 'GET',
  path: '/v1/residents/me',
  summary: 'The signed-in resident',
}) satisfies RouteDefinition;

export const getMyVolunteerRoute = residentRoute({
  id: 'getMyVolunteer',
  method: 'GET',
  path: '/v1/residents/me/volunteer',
  summary: 'My volunteer registration (by the signed-in mobile)',
  errors: ['not_found'],
}) satisfies RouteDefinition;

export const updateMyVolunteerRoute = residentRoute({
  id: 'updateMyVolunteer',
  method: 'PATCH',
  path: '/v1/residents/me/volunteer',
  summary: 'Correct my volunteer registration',
  body: UpdateMyVolunteerRequest,
  errors: [...BODY_ERRORS, 'not_found', 'idempotency_key_reused', 'idempotency_in_progress'],
  idempotency: 'optional',
}) satisfies RouteDefinition;

export const withdrawVolunteerConsentRoute = residentRoute({
  id: 'withdrawVolunteerConsent',
  method: 'DELETE',
  path: '/v1/residents/me/volunteer',
  summary: 'Withdraw consent: my registration is erased, my coming signups cancelled, hours kept',
  errors: ['not_found', 'idempotency_key_reused', 'idempotency_in_progress'],
  idempotency: 'optional',
}) satisfies RouteDefinition;

export const listMySignupsRoute = residentRoute({
  id: 'listMySignups',
  method: 'GET',
  path: '/v1/residents/me/signups',
  summary: 'My activity signups, the latest activity first',
}) satisfies RouteDefinition;

export const cancelMySignupRoute = residentRoute({
  id: 'cancelMySignup',
  method: 'DELETE',
  path: '/v1/residents/me/signups/{id}',
  summary: 'Cancel my signup; the first person waiting takes the place and is told',
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('sgn') }),
  errors: [
    'validation_failed',
    'not_found',
    'signup_not_active',
    'activity_closed',
    'idempotency_key_reused',
    'idempotency_in_progress',
  ],
  idempotency: 'optional',
}) satisfies RouteDefinition;

export const getMyHoursRoute = residentRoute({
  id: 'getMyHours',
  method: 'GET',
  path: '/v1/residents/me/hours',
  summary: 'My volunteer hours, by activity and record by record',
  errors: ['not_found'],
}) satisfies RouteDefinition;

export const listMyNeedsRoute = residentRoute({
  id: 'listMyNeeds',
  method: 'GET',
  path: '/v1/residents/me/needs',
  summary: 'The needs I posted, each with its timeline (review, claim, fulfilment)',
}) satisfies RouteDefinition;

export const listMyDonationsRoute = residentRoute({
  id: 'listMyDonations',
  method: 'GET',
  path: '/v1/residents/me/donations',
  summary: 'The donations I made, with the receipts I asked for',
}) satisfies RouteDefinition;

export const exportMyDataRoute = residentRoute({
  id: 'exportMyData',
  method: 'GET',
  path: '/v1/residents/me/export',
  summary: 'Everything held about me, as JSON (PIPL)',
}) satisfies RouteDefinition;

export const eraseMyDataRoute = residentRoute({
  id: 'eraseMyData',
  method: 'DELETE',
  path: '/v1/residents/me',
  summary: 'Erase my personal data; hours, donations and ratings stay, anonymised (PIPL)',
  idempotency: 'none',
}) satisfies RouteDefinition;

/** The residents' routes, spread into `routes`. */
export const residentRoutes = {
  requestResidentCode: requestResidentCodeRoute,
  residentSignIn: residentSignInRoute,
  residentSignOut: residentSignOutRoute,
  getResidentMe: getResidentMeRoute,
  getMyVolunteer: getMyVolunteerRoute,
  updateMyVolunteer: updateMyVolunteerRoute,
  withdrawVolunteerConsent: withdrawVolunteerConsentRoute,
  listMySignups: listMySignupsRoute,
  cancelMySignup: cancelMySignupRoute,
  getMyHours: getMyHoursRoute,
  listMyNeeds: listMyNeedsRoute,
  listMyDonations: listMyDonationsRoute,
  exportMyData: exportMyDataRoute,
  eraseMyData: eraseMyDataRoute,
} as const;

export type ResidentRouteName = keyof typeof residentRoutes;
