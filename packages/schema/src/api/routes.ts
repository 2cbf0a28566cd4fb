import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import type { ErrorCode } from '../errors.js';
import type { IdPrefix } from '../validators/prefixed-id.js';
import { DivisionTree } from '../entities/division.js';
import { Organization } from '../entities/organization.js';
import {
  Claim,
  ClaimNeedRequest,
  CreateNeedRequest,
  Need,
  Report,
  ReportNeedRequest,
  StaffNeed,
  UpdateNeedRequest,
} from '../entities/need.js';
import { Activity, ActivitySignupRequest, Signup } from '../entities/activity.js';
import { RegisterVolunteerRequest, Volunteer } from '../entities/volunteer.js';
import {
  CreateServiceRecordRequest,
  ServiceRecord,
  VolunteerHours,
} from '../entities/service-record.js';
import { Fund, FundDetail, LedgerEntry } from '../entities/fund.js';
import {
  ConfirmDonationRequest,
  CreateDonationRequest,
  CreateDonationResponse,
  Donation,
} from '../entities/donation.js';
import {
  FollowUp,
  Survey,
  SurveyResponse,
  SurveyResponseRequest,
  SurveyResults,
} from '../entities/survey.js';
import { page } from './pagination.js';
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
 * provider's signed callback.
 */
export const RouteAuth = {
  none: 'none',
  publishable: 'publishable',
  secret: 'secret',
  secretOrSignature: 'secret_or_signature',
} as const;
export type RouteAuth = (typeof RouteAuth)[keyof typeof RouteAuth];

export interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** OpenAPI style: `/v1/needs/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly auth: RouteAuth;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success body; `undefined` for a stream. */
  readonly response?: z.ZodMiniType;
  readonly status: 200 | 201;
  /** The errors this route returns besides the ones every route may (see `COMMON_ERRORS`). */
  readonly errors: readonly ErrorCode[];
  /** Whether the route takes an `Idempotency-Key` header, and whether it must. */
  readonly idempotency?: 'optional' | 'required';
  /** A Server-Sent Events stream rather than JSON. */
  readonly stream?: true;
}

/** Errors any authenticated route may return. */
export const COMMON_ERRORS = [
  'authentication_required',
  'invalid_api_key',
  'origin_not_allowed',
  'secret_key_in_browser',
  'rate_limited',
  'internal_error',
] as const satisfies readonly ErrorCode[];

/** The errors of every route with a JSON body. */
export const BODY_ERRORS = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
] as const satisfies readonly ErrorCode[];

const byId = (prefix: IdPrefix) => z.strictObject({ id: prefixedId(prefix) });
const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;

/** The whole HTTP API v1 (SPEC §5): the server serves it, the SDK calls it, OpenAPI documents it. */
export const routes = {
  listDivisions: {
    method: 'GET',
    path: '/v1/divisions',
    summary: 'The district tree: streets and communities',
    tag: 'divisions',
    auth: 'publishable',
    response: DivisionTree,
    status: 200,
    errors: [],
  },
  listOrganizations: {
    method: 'GET',
    path: '/v1/organizations',
    summary: 'Organizations of the district, filtered by place, kind and category',
    tag: 'organizations',
    auth: 'publishable',
    query: ListOrganizationsQuery,
    response: page(Organization),
    status: 200,
    errors: ['validation_failed'],
  },
  listNeeds: {
    method: 'GET',
    path: '/v1/needs',
    summary: 'Public needs (需求清单 / 微心愿), newest first, cursor-paginated',
    tag: 'needs',
    auth: 'publishable',
    query: ListNeedsQuery,
    response: page(Need),
    status: 200,
    errors: ['validation_failed'],
  },
  getNeed: {
    method: 'GET',
    path: '/v1/needs/{id}',
    summary: 'One need',
    tag: 'needs',
    auth: 'publishable',
    params: byId('need'),
    response: Need,
    status: 200,
    errors: ['validation_failed', 'not_found'],
  },
  createNeed: {
    method: 'POST',
    path: '/v1/needs',
    summary: 'A resident posts a need; it starts pending_review',
    tag: 'needs',
    auth: 'publishable',
    body: CreateNeedRequest,
    response: Need,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'not_found'],
    idempotency: 'optional',
  },
  claimNeed: {
    method: 'POST',
    path: '/v1/needs/{id}/claims',
    summary: 'Claim an open need; a second active claim is 409 need_already_claimed',
    tag: 'needs',
    auth: 'publishable',
    params: byId('need'),
    body: ClaimNeedRequest,
    response: Claim,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'not_found', 'need_already_claimed', 'need_not_open'],
    idempotency: 'optional',
  },
  reportNeed: {
    method: 'POST',
    path: '/v1/needs/{id}/reports',
    summary: 'Report a need; after 3 reports it is hidden until staff review it',
    tag: 'needs',
    auth: 'publishable',
    params: byId('need'),
    body: ReportNeedRequest,
    response: Report,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'not_found', 'already_reported'],
    idempotency: 'optional',
  },
  updateNeed: {
    method: 'PATCH',
    path: '/v1/needs/{id}',
    summary: 'Staff review and status changes, with a reason',
    tag: 'needs',
    auth: 'secret',
    params: byId('need'),
    body: UpdateNeedRequest,
    response: StaffNeed,
    status: 200,
    errors: [...BODY_ERRORS, 'secret_key_required', 'not_found', 'invalid_status_transition'],
  },
  listActivities: {
    method: 'GET',
    path: '/v1/activities',
    summary: 'Volunteer activities, upcoming first',
    tag: 'activities',
    auth: 'publishable',
    query: ListActivitiesQuery,
    response: page(Activity),
    status: 200,
    errors: ['validation_failed'],
  },
  signUpForActivity: {
    method: 'POST',
    path: '/v1/activities/{id}/signups',
    summary: 'Sign up for an activity; beyond capacity the signup joins the waitlist',
    tag: 'activities',
    auth: 'publishable',
    params: byId('act'),
    body: ActivitySignupRequest,
    response: Signup,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'not_found', 'already_signed_up', 'activity_closed'],
    idempotency: 'optional',
  },
  registerVolunteer: {
    method: 'POST',
    path: '/v1/volunteers',
    summary: 'Volunteer registration; the same mobile in the same district is 409 volunteer_exists',
    tag: 'volunteers',
    auth: 'publishable',
    body: RegisterVolunteerRequest,
    response: Volunteer,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'volunteer_exists', 'not_found'],
    idempotency: 'optional',
  },
  getVolunteerHours: {
    method: 'GET',
    path: '/v1/volunteers/{id}/hours',
    summary: "A volunteer's time-bank balance and service records",
    tag: 'volunteers',
    auth: 'secret',
    params: byId('vol'),
    response: VolunteerHours,
    status: 200,
    errors: ['validation_failed', 'secret_key_required', 'not_found'],
  },
  createServiceRecord: {
    method: 'POST',
    path: '/v1/service-records',
    summary: 'Record hours a volunteer served, rounded to half hours, into the time bank',
    tag: 'volunteers',
    auth: 'secret',
    body: CreateServiceRecordRequest,
    response: ServiceRecord,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'secret_key_required', 'not_found'],
    idempotency: 'optional',
  },
  listFunds: {
    method: 'GET',
    path: '/v1/funds',
    summary: 'Community funds with their progress and disclosure',
    tag: 'funds',
    auth: 'publishable',
    query: ListFundsQuery,
    response: page(Fund),
    status: 200,
    errors: ['validation_failed'],
  },
  getFund: {
    method: 'GET',
    path: '/v1/funds/{id}',
    summary: "One fund with progress, the fundraiser's disclosure and disbursements",
    tag: 'funds',
    auth: 'publishable',
    params: byId('fund'),
    response: FundDetail,
    status: 200,
    errors: ['validation_failed', 'not_found'],
  },
  listFundDonations: {
    method: 'GET',
    path: '/v1/funds/{id}/donations',
    summary: 'The public ledger: masked donor names, amounts, times',
    tag: 'funds',
    auth: 'publishable',
    params: byId('fund'),
    query: LedgerQuery,
    response: page(LedgerEntry),
    status: 200,
    errors: ['validation_failed', 'not_found'],
  },
  createDonation: {
    method: 'POST',
    path: '/v1/donations',
    summary: 'Create a pending donation and its payment instructions (Idempotency-Key required)',
    tag: 'donations',
    auth: 'publishable',
    body: CreateDonationRequest,
    response: CreateDonationResponse,
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
  },
  confirmDonation: {
    method: 'POST',
    path: '/v1/donations/{id}/confirm',
    summary: 'Mark a donation paid (or failed); the fund total moves exactly once',
    tag: 'donations',
    auth: 'secret_or_signature',
    params: byId('don'),
    body: ConfirmDonationRequest,
    response: Donation,
    status: 200,
    errors: [
      ...BODY_ERRORS,
      'secret_key_required',
      'invalid_signature',
      'not_found',
      'donation_not_pending',
    ],
  },
  getSurvey: {
    method: 'GET',
    path: '/v1/surveys/{id}',
    summary: 'A survey definition',
    tag: 'surveys',
    auth: 'publishable',
    params: byId('svy'),
    response: Survey,
    status: 200,
    errors: ['validation_failed', 'not_found'],
  },
  respondToSurvey: {
    method: 'POST',
    path: '/v1/surveys/{id}/responses',
    summary: 'Answer a survey; one response per respondent token and subject (一事一评)',
    tag: 'surveys',
    auth: 'publishable',
    params: byId('svy'),
    body: SurveyResponseRequest,
    response: SurveyResponse,
    status: 201,
    errors: [...BODY_ERRORS, ...created, 'not_found', 'already_responded'],
    idempotency: 'optional',
  },
  getSurveyResults: {
    method: 'GET',
    path: '/v1/surveys/{id}/results',
    summary: 'n, CSAT and NPS with 95% intervals, per-question figures; small n withheld',
    tag: 'surveys',
    auth: 'publishable',
    params: byId('svy'),
    query: SurveyResultsQuery,
    response: SurveyResults,
    status: 200,
    errors: ['validation_failed', 'not_found', 'results_not_public'],
  },
  listSurveyFollowUps: {
    method: 'GET',
    path: '/v1/surveys/{id}/follow-ups',
    summary: 'Low ratings for staff to follow up (回访)',
    tag: 'surveys',
    auth: 'secret',
    params: byId('svy'),
    response: z.object({ data: z.array(FollowUp) }),
    status: 200,
    errors: ['validation_failed', 'secret_key_required', 'not_found'],
  },
  streamEvents: {
    method: 'GET',
    path: '/v1/events',
    summary:
      'Server-Sent Events: need.created, need.updated, fund.updated; resume with Last-Event-ID',
    tag: 'events',
    auth: 'publishable',
    query: EventsQuery,
    status: 200,
    errors: ['validation_failed'],
    stream: true,
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof routes;
