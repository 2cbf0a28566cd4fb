import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import type { ErrorCode } from '../errors.js';
import type { RoutePermission } from './permissions.js';
import { BODY_ERRORS, COMMON_ERRORS, RESIDENT_ERRORS, STAFF_ERRORS } from './route-errors.js';
import type { IdPrefix } from '../validators/prefixed-id.js';
import {
  ClaimNeedRequest,
  CreateNeedRequest,
  ReportNeedRequest,
  UpdateNeedRequest,
} from '../entities/need.js';
import { ActivitySignupRequest } from '../entities/activity.js';
import { RegisterVolunteerRequest } from '../entities/volunteer.js';
import { CreateServiceRecordRequest } from '../entities/service-record.js';
import { ConfirmDonationRequest, CreateDonationRequest } from '../entities/donation.js';
import { SurveyResponseRequest } from '../entities/survey.js';
import { staffRoutes } from './routes-staff.js';
import { adminRoutes } from './routes-admin.js';
import { accountRoutes } from './routes-accounts.js';
import { devRoutes } from './routes-dev.js';
import { directoryRoutes } from './routes-directory.js';
import { programRoutes } from './routes-programs.js';
import { fundAdminRoutes } from './routes-funds-admin.js';
import { keyRoutes } from './routes-keys.js';
import { settingsRoutes } from './routes-settings.js';
import { queueRoutes } from './routes-queue.js';
import { indicatorRoutes } from './routes-indicators.js';
import { deskRoutes } from './routes-desk.js';
import { followUpRoutes } from './routes-follow-ups.js';
import { pointsRoutes } from './routes-points.js';
import { residentRoutes } from './routes-residents.js';
import { linkageRoutes } from './routes-linkage.js';
import { projectRoutes } from './routes-projects.js';
import { callRoutes } from './routes-calls.js';
import { needMatchRoutes } from './routes-need-matches.js';
import { organizationDeskRoutes } from './routes-organization-desk.js';
import {
  EventsQuery,
  LedgerQuery,
  ListActivitiesQuery,
  ListFundsQuery,
  ListNeedsQuery,
  ListOrganizationsQuery,
  SurveyResultsQuery,
} from './queries.js';

/**
 * Which key a route takes. `publishable`: a `pk_…` key from an allowed origin (a secret key works
 * too, from a server). `secret`: staff and servers only. `signature`: the secret key, or a payment
 * provider's signed callback. `staff`: a staff session token (`st_…`, bearer or cookie) or a
 * secret key, which acts as `district_admin`; the route's `permission` says which roles may call
 * it. `staff_session`: only a staff session (the routes about the session itself). `resident`: a
 * resident token (`rt_…`, from `POST /v1/residents/sessions`), from the origin it was issued to;
 * the binder hands the handler the signed-in resident (`ctx.resident`).
 */
export const RouteAuth = {
  none: 'none',
  publishable: 'publishable',
  secret: 'secret',
  secretOrSignature: 'secret_or_signature',
  staff: 'staff',
  staffSession: 'staff_session',
  resident: 'resident',
} as const;
export type RouteAuth = (typeof RouteAuth)[keyof typeof RouteAuth];

interface RouteShape {
  /** The route's name, its OpenAPI `operationId` and its key in `routes` and `responses`. */
  readonly id: string;
  /** OpenAPI style: `/v1/needs/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly auth: RouteAuth;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  readonly status: 200 | 201;
  /** The errors this route returns besides the ones every route may (see `COMMON_ERRORS`). */
  readonly errors: readonly ErrorCode[];
  /** A Server-Sent Events stream rather than JSON. */
  readonly stream?: true;
  /** Who may call a `staff` route: roles, and where the scope they must cover is named. */
  readonly permission?: RoutePermission;
}

export { BODY_ERRORS, COMMON_ERRORS, RESIDENT_ERRORS, STAFF_ERRORS };

/**
 * One route of the table. A read takes no idempotency key; every write takes one (SPEC §5, so a
 * retried write is answered with its first outcome), and says whether it must — except a write
 * declared `idempotency: 'none'`: a credential exchange (staff sign-in, first password, delegated
 * session, sign-out, TOTP enrolment), or issuing an API key. Its answer carries a session token or
 * a key, which a replay record would store in plain text in `idempotency_keys`, so it takes no key,
 * is never replayed, and the SDK does not retry it (a retried key issue would issue a second key; a
 * second sign-in opens a second session: harmless either way).
 */
export type RouteDefinition = RouteShape &
  (
    | { readonly method: 'GET'; readonly idempotency?: never }
    | {
        readonly method: 'POST' | 'PATCH' | 'DELETE';
        readonly idempotency: 'optional' | 'required' | 'none';
      }
  );

const byId = /* @__NO_SIDE_EFFECTS__ */ (prefix: IdPrefix) =>
  z.strictObject({ id: prefixedId(prefix) });
/**
 * Who records volunteer hours and follows up low ratings (SPEC §9): community staff and above,
 * and social workers, within the volunteer's or the survey's community or street.
 */
const RECORDING_STAFF = [
  'district_admin',
  'street_staff',
  'community_staff',
  'social_worker',
] as const;
/** The errors of a write that takes an `Idempotency-Key` (every write does). */
const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;

/* The whole HTTP API v1 (SPEC §5), one export per route so a client bundles only the routes it calls. */

export const listDivisionsRoute = {
  id: 'listDivisions',
  method: 'GET',
  path: '/v1/divisions',
  summary: 'The district tree: streets and communities',
  tag: 'divisions',
  auth: 'publishable',
  status: 200,
  errors: [],
} as const satisfies RouteDefinition;

export const listOrganizationsRoute = {
  id: 'listOrganizations',
  method: 'GET',
  path: '/v1/organizations',
  summary: 'Organizations of the district, filtered by place, kind and category',
  tag: 'organizations',
  auth: 'publishable',
  query: ListOrganizationsQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const listNeedsRoute = {
  id: 'listNeeds',
  method: 'GET',
  path: '/v1/needs',
  summary: 'Public needs (需求清单 / 微心愿), newest first, cursor-paginated',
  tag: 'needs',
  auth: 'publishable',
  query: ListNeedsQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const getNeedRoute = {
  id: 'getNeed',
  method: 'GET',
  path: '/v1/needs/{id}',
  summary: 'One need',
  tag: 'needs',
  auth: 'publishable',
  params: byId('need'),
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const createNeedRoute = {
  id: 'createNeed',
  method: 'POST',
  path: '/v1/needs',
  summary: 'A resident posts a need; it starts pending_review',
  tag: 'needs',
  auth: 'publishable',
  body: CreateNeedRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...created, 'not_found'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const claimNeedRoute = {
  id: 'claimNeed',
  method: 'POST',
  path: '/v1/needs/{id}/claims',
  summary: 'Claim an open need; a second active claim is 409 need_already_claimed',
  tag: 'needs',
  auth: 'publishable',
  params: byId('need'),
  body: ClaimNeedRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...created, 'not_found', 'need_already_claimed', 'need_not_open'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const reportNeedRoute = {
  id: 'reportNeed',
  method: 'POST',
  path: '/v1/needs/{id}/reports',
  summary: 'Report a need; after 3 reports it is hidden until staff review it',
  tag: 'needs',
  auth: 'publishable',
  params: byId('need'),
  body: ReportNeedRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...created, 'not_found', 'already_reported'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateNeedRoute = {
  id: 'updateNeed',
  method: 'PATCH',
  path: '/v1/needs/{id}',
  summary: 'Staff review and status changes, with a reason',
  tag: 'needs',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'params', field: 'id', subject: 'need' },
  },
  params: byId('need'),
  body: UpdateNeedRequest,
  status: 200,
  errors: [
    ...BODY_ERRORS,
    ...STAFF_ERRORS,
    ...created,
    'secret_key_required',
    'not_found',
    'invalid_status_transition',
  ],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const listActivitiesRoute = {
  id: 'listActivities',
  method: 'GET',
  path: '/v1/activities',
  summary: 'Volunteer activities, upcoming first',
  tag: 'activities',
  auth: 'publishable',
  query: ListActivitiesQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const getActivityRoute = {
  id: 'getActivity',
  method: 'GET',
  path: '/v1/activities/{id}',
  summary: 'One activity with its capacity, signups and waitlist',
  tag: 'activities',
  auth: 'publishable',
  params: byId('act'),
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const signUpForActivityRoute = {
  id: 'signUpForActivity',
  method: 'POST',
  path: '/v1/activities/{id}/signups',
  summary: 'Sign up for an activity; beyond capacity the signup joins the waitlist',
  tag: 'activities',
  auth: 'publishable',
  params: byId('act'),
  body: ActivitySignupRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...created,
    'not_found',
    'already_signed_up',
    'activity_closed',
    'activity_cancelled',
  ],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const registerVolunteerRoute = {
  id: 'registerVolunteer',
  method: 'POST',
  path: '/v1/volunteers',
  summary: 'Volunteer registration; the same mobile in the same district is 409 volunteer_exists',
  tag: 'volunteers',
  auth: 'publishable',
  body: RegisterVolunteerRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...created, 'volunteer_exists', 'not_found'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const getVolunteerHoursRoute = {
  id: 'getVolunteerHours',
  method: 'GET',
  path: '/v1/volunteers/{id}/hours',
  summary: "A volunteer's time-bank balance and service records",
  tag: 'volunteers',
  auth: 'staff',
  permission: {
    roles: [...RECORDING_STAFF],
    scope: { in: 'params', field: 'id', subject: 'volunteer' },
  },
  params: byId('vol'),
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS, 'not_found'],
} as const satisfies RouteDefinition;

export const createServiceRecordRoute = {
  id: 'createServiceRecord',
  method: 'POST',
  path: '/v1/service-records',
  summary: 'Record hours a volunteer served, rounded to half hours, into the time bank',
  tag: 'volunteers',
  auth: 'staff',
  permission: {
    roles: [...RECORDING_STAFF],
    scope: { in: 'body', field: 'volunteerId', subject: 'volunteer' },
  },
  body: CreateServiceRecordRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const listFundsRoute = {
  id: 'listFunds',
  method: 'GET',
  path: '/v1/funds',
  summary: 'Community funds with their progress and disclosure',
  tag: 'funds',
  auth: 'publishable',
  query: ListFundsQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const getFundRoute = {
  id: 'getFund',
  method: 'GET',
  path: '/v1/funds/{id}',
  summary: "One fund with progress, the fundraiser's disclosure and disbursements",
  tag: 'funds',
  auth: 'publishable',
  params: byId('fund'),
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const listFundDonationsRoute = {
  id: 'listFundDonations',
  method: 'GET',
  path: '/v1/funds/{id}/donations',
  summary: 'The public ledger: masked donor names, amounts, times',
  tag: 'funds',
  auth: 'publishable',
  params: byId('fund'),
  query: LedgerQuery,
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const createDonationRoute = {
  id: 'createDonation',
  method: 'POST',
  path: '/v1/donations',
  summary: 'Create a pending donation and its payment instructions (Idempotency-Key required)',
  tag: 'donations',
  auth: 'publishable',
  body: CreateDonationRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...created,
    'idempotency_key_required',
    'not_found',
    'fund_uses_platform',
    'fund_not_donatable',
  ],
  idempotency: 'required',
} as const satisfies RouteDefinition;

/**
 * The donor's own donation, by the id `POST /v1/donations` returned: the page that made it learns
 * whether the payment went through (the sandbox or a provider's checkout confirms it elsewhere).
 * Ids carry ~95 random bits and the donation is shown as the public ledger would show it.
 */
export const getDonationRoute = {
  id: 'getDonation',
  method: 'GET',
  path: '/v1/donations/{id}',
  summary: 'One donation and its status, as the public ledger shows its donor',
  tag: 'donations',
  auth: 'publishable',
  params: byId('don'),
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const confirmDonationRoute = {
  id: 'confirmDonation',
  method: 'POST',
  path: '/v1/donations/{id}/confirm',
  summary: 'Mark a donation paid (or failed); the fund total moves exactly once',
  tag: 'donations',
  auth: 'secret_or_signature',
  params: byId('don'),
  body: ConfirmDonationRequest,
  status: 200,
  errors: [
    ...BODY_ERRORS,
    'secret_key_required',
    ...created,
    'invalid_signature',
    'not_found',
    'donation_not_pending',
  ],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const getSurveyRoute = {
  id: 'getSurvey',
  method: 'GET',
  path: '/v1/surveys/{id}',
  summary: 'A survey definition',
  tag: 'surveys',
  auth: 'publishable',
  params: byId('svy'),
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const respondToSurveyRoute = {
  id: 'respondToSurvey',
  method: 'POST',
  path: '/v1/surveys/{id}/responses',
  summary: 'Answer a survey; one response per respondent token and subject (一事一评)',
  tag: 'surveys',
  auth: 'publishable',
  params: byId('svy'),
  body: SurveyResponseRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...created, 'not_found', 'already_responded'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const getSurveyResultsRoute = {
  id: 'getSurveyResults',
  method: 'GET',
  path: '/v1/surveys/{id}/results',
  summary: 'n, CSAT and NPS with 95% intervals, per-question figures; small n withheld',
  tag: 'surveys',
  auth: 'publishable',
  params: byId('svy'),
  query: SurveyResultsQuery,
  status: 200,
  errors: ['validation_failed', 'not_found', 'results_not_public'],
} as const satisfies RouteDefinition;

export const listSurveyFollowUpsRoute = {
  id: 'listSurveyFollowUps',
  method: 'GET',
  path: '/v1/surveys/{id}/follow-ups',
  summary: 'Low ratings for staff to follow up (回访)',
  tag: 'surveys',
  auth: 'staff',
  permission: {
    roles: [...RECORDING_STAFF],
    scope: { in: 'params', field: 'id', subject: 'survey' },
  },
  params: byId('svy'),
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS, 'not_found'],
} as const satisfies RouteDefinition;

export const streamEventsRoute = {
  id: 'streamEvents',
  method: 'GET',
  path: '/v1/events',
  summary:
    'Server-Sent Events: need.created, need.updated, fund.updated, activity.updated; resume with Last-Event-ID',
  tag: 'events',
  auth: 'publishable',
  query: EventsQuery,
  status: 200,
  errors: ['validation_failed'],
  stream: true,
} as const satisfies RouteDefinition;

/**
 * Every route by name: the server serves them all, the OpenAPI document lists them all. Built in a
 * pure call, so a bundle that imports single routes (a widget) drops the whole table: an object
 * literal with spreads is otherwise kept, spreads being able to run getters.
 */
export const routes = /* @__PURE__ */ (() =>
  ({
    listDivisions: listDivisionsRoute,
    listOrganizations: listOrganizationsRoute,
    listNeeds: listNeedsRoute,
    getNeed: getNeedRoute,
    createNeed: createNeedRoute,
    claimNeed: claimNeedRoute,
    reportNeed: reportNeedRoute,
    updateNeed: updateNeedRoute,
    listActivities: listActivitiesRoute,
    getActivity: getActivityRoute,
    signUpForActivity: signUpForActivityRoute,
    registerVolunteer: registerVolunteerRoute,
    getVolunteerHours: getVolunteerHoursRoute,
    createServiceRecord: createServiceRecordRoute,
    listFunds: listFundsRoute,
    getFund: getFundRoute,
    listFundDonations: listFundDonationsRoute,
    createDonation: createDonationRoute,
    getDonation: getDonationRoute,
    confirmDonation: confirmDonationRoute,
    getSurvey: getSurveyRoute,
    respondToSurvey: respondToSurveyRoute,
    getSurveyResults: getSurveyResultsRoute,
    listSurveyFollowUps: listSurveyFollowUpsRoute,
    streamEvents: streamEventsRoute,
    ...staffRoutes,
    ...adminRoutes,
    ...accountRoutes,
    ...devRoutes,
    ...directoryRoutes,
    ...programRoutes,
    ...fundAdminRoutes,
    ...keyRoutes,
    ...settingsRoutes,
    ...queueRoutes,
    ...indicatorRoutes,
    ...deskRoutes,
    ...followUpRoutes,
    ...pointsRoutes,
    ...residentRoutes,
    ...linkageRoutes,
    ...projectRoutes,
    ...callRoutes,
    ...needMatchRoutes,
    ...organizationDeskRoutes,
  }) as const)();

export type RouteName = keyof typeof routes;
