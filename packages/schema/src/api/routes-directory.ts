import * as z from 'zod/mini';
import { CommunityCode, prefixedId, StreetCode } from '../primitives.js';
import {
  CreateDivisionRequest,
  StreetOrCommunityCode,
  UpdateDivisionRequest,
} from '../entities/division.js';
import { CreateOrganizationRequest, UpdateOrganizationRequest } from '../entities/organization.js';
import { CreateSocialWorkerRequest, UpdateSocialWorkerRequest } from '../entities/social-worker.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { ActiveFilter } from './queries.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * The district's directory (SPEC §9): its streets and communities, its organizations and its
 * social workers. Who may write each is declared on the route, with where the request names the
 * place the caller's role must cover.
 */

const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
const WRITE_ERRORS = [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found'] as const;

/** Where a new organization or social worker works: its community, else its street. */
const PLACE_FIELDS = ['communityId', 'streetId'] as const;

export const createDivisionRoute = {
  id: 'createDivision',
  method: 'POST',
  path: '/v1/divisions',
  summary: 'Add a street or town, or a community or village, with its kind and population',
  tag: 'divisions',
  auth: 'staff',
  permission: {
    roles: ['district_admin'],
    scope: { in: 'body', field: 'code', subject: 'division' },
  },
  body: CreateDivisionRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'division_exists'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateDivisionRoute = {
  id: 'updateDivision',
  method: 'PATCH',
  path: '/v1/divisions/{code}',
  summary: 'Rename a street or community, or change its kind or population (never its code)',
  tag: 'divisions',
  auth: 'staff',
  permission: {
    roles: ['district_admin'],
    scope: { in: 'params', field: 'code', subject: 'division' },
  },
  params: z.strictObject({ code: StreetOrCommunityCode }),
  body: UpdateDivisionRequest,
  status: 200,
  errors: WRITE_ERRORS,
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const createOrganizationRoute = {
  id: 'createOrganization',
  method: 'POST',
  path: '/v1/organizations',
  summary: 'Register (登记, credit code checked) or file (备案) an organization where it works',
  tag: 'organizations',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'body', field: PLACE_FIELDS, subject: 'division' },
  },
  body: CreateOrganizationRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'organization_exists'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateOrganizationRoute = {
  id: 'updateOrganization',
  method: 'PATCH',
  path: '/v1/organizations/{id}',
  summary: 'Edit an organization: kind, category, registration, place, active',
  tag: 'organizations',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'params', field: 'id', subject: 'organization' },
    movesTo: { in: 'body', field: PLACE_FIELDS, subject: 'division' },
  },
  params: z.strictObject({ id: prefixedId('org') }),
  body: UpdateOrganizationRequest,
  status: 200,
  errors: [...WRITE_ERRORS, 'organization_exists'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** `GET /v1/social-workers`: those serving where the caller works, by name. */
export const ListSocialWorkersQuery = /* @__PURE__ */ z.extend(PageQuery, {
  community: z.optional(CommunityCode),
  street: z.optional(StreetCode),
  organization: z.optional(prefixedId('org')),
  active: z.optional(z.enum(ActiveFilter)),
});
export type ListSocialWorkersQuery = z.input<typeof ListSocialWorkersQuery>;

export const listSocialWorkersRoute = {
  id: 'listSocialWorkers',
  method: 'GET',
  path: '/v1/social-workers',
  summary: 'Social workers serving within the caller’s scope',
  tag: 'social-workers',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
  },
  query: ListSocialWorkersQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

export const createSocialWorkerRoute = {
  id: 'createSocialWorker',
  method: 'POST',
  path: '/v1/social-workers',
  summary: 'Add a social worker: organization or 社工站, certificate level, where they serve',
  tag: 'social-workers',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff'],
    scope: { in: 'body', field: PLACE_FIELDS, subject: 'division' },
  },
  body: CreateSocialWorkerRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'social_worker_account_taken'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateSocialWorkerRoute = {
  id: 'updateSocialWorker',
  method: 'PATCH',
  path: '/v1/social-workers/{id}',
  summary: 'Edit a social worker, link or unlink their staff account, or mark them inactive',
  tag: 'social-workers',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff'],
    scope: { in: 'params', field: 'id', subject: 'social_worker' },
    movesTo: { in: 'body', field: PLACE_FIELDS, subject: 'division' },
  },
  params: z.strictObject({ id: prefixedId('sw') }),
  body: UpdateSocialWorkerRequest,
  status: 200,
  errors: [...WRITE_ERRORS, 'social_worker_account_taken'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The directory routes, spread into `routes`. */
export const directoryRoutes = {
  createDivision: createDivisionRoute,
  updateDivision: updateDivisionRoute,
  createOrganization: createOrganizationRoute,
  updateOrganization: updateOrganizationRoute,
  listSocialWorkers: listSocialWorkersRoute,
  createSocialWorker: createSocialWorkerRoute,
  updateSocialWorker: updateSocialWorkerRoute,
} as const;
