import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import { CreateActivityRequest, UpdateActivityRequest } from '../entities/activity-requests.js';
import {
  CreateSurveyRequest,
  CreateSurveyVersionRequest,
  UpdateSurveyRequest,
} from '../entities/survey-requests.js';
import { ListStaffSurveysQuery } from '../entities/staff-surveys.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/* Staff run their programmes (SPEC §9): activities and surveys. */

/** The errors of a write that takes an `Idempotency-Key` (every write does). */
const keyed = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
const staffWrite = [...BODY_ERRORS, ...STAFF_ERRORS, ...keyed] as const;

/** Community staff and above; the scope is the activity's or the survey's community. */
const COMMUNITY_STAFF = ['district_admin', 'street_staff', 'community_staff'] as const;

export const createActivityRoute = {
  id: 'createActivity',
  method: 'POST',
  path: '/v1/activities',
  summary: 'Staff create an activity of their community; an org_member one its organization runs',
  tag: 'activities',
  auth: 'staff',
  permission: {
    roles: [...COMMUNITY_STAFF, 'org_member'],
    scope: {
      in: 'body',
      field: 'communityId',
      subject: 'division',
      organizationField: 'organizationId',
    },
  },
  body: CreateActivityRequest,
  status: 201,
  errors: [...staffWrite],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateActivityRoute = {
  id: 'updateActivity',
  method: 'PATCH',
  path: '/v1/activities/{id}',
  summary:
    'Edit or cancel an activity; its signups are told of a cancellation, a new time or place',
  tag: 'activities',
  auth: 'staff',
  permission: {
    roles: [...COMMUNITY_STAFF, 'org_member'],
    scope: { in: 'params', field: 'id', subject: 'activity' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('act') }),
  body: UpdateActivityRequest,
  status: 200,
  errors: [...staffWrite, 'not_found', 'activity_cancelled', 'capacity_below_signups'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const createSurveyRoute = {
  id: 'createSurvey',
  method: 'POST',
  path: '/v1/surveys',
  summary: 'Staff create a survey of their community (without one: of the district)',
  tag: 'surveys',
  auth: 'staff',
  permission: {
    roles: COMMUNITY_STAFF,
    scope: { in: 'body', field: 'communityId', subject: 'division' },
  },
  body: CreateSurveyRequest,
  status: 201,
  errors: [...staffWrite],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateSurveyRoute = {
  id: 'updateSurvey',
  method: 'PATCH',
  path: '/v1/surveys/{id}',
  summary: 'Edit a survey; its questions only until the first response (then: a new version)',
  tag: 'surveys',
  auth: 'staff',
  permission: {
    roles: COMMUNITY_STAFF,
    scope: { in: 'params', field: 'id', subject: 'survey' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('svy') }),
  body: UpdateSurveyRequest,
  status: 200,
  errors: [...staffWrite, 'not_found', 'survey_questions_frozen'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const createSurveyVersionRoute = {
  id: 'createSurveyVersion',
  method: 'POST',
  path: '/v1/surveys/{id}/versions',
  summary: 'A new version with new questions replaces a survey, which closes; answers stay apart',
  tag: 'surveys',
  auth: 'staff',
  permission: {
    roles: COMMUNITY_STAFF,
    scope: { in: 'params', field: 'id', subject: 'survey' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('svy') }),
  body: CreateSurveyVersionRequest,
  status: 201,
  errors: [...staffWrite, 'not_found', 'invalid_status_transition'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const listStaffSurveysRoute = {
  id: 'listStaffSurveys',
  method: 'GET',
  path: '/v1/staff/surveys',
  summary:
    'The surveys the caller runs, with their response counts: of the communities within the caller’s scopes (a district admin: the district’s own too), open first',
  tag: 'surveys',
  auth: 'staff',
  // No declared scope: the handler narrows the list to the caller's own scopes, like the queue.
  permission: { roles: COMMUNITY_STAFF },
  query: ListStaffSurveysQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

/** The programme routes, spread into `routes`. */
export const programRoutes = {
  createActivity: createActivityRoute,
  updateActivity: updateActivityRoute,
  createSurvey: createSurveyRoute,
  updateSurvey: updateSurveyRoute,
  createSurveyVersion: createSurveyVersionRoute,
  listStaffSurveys: listStaffSurveysRoute,
} as const;
