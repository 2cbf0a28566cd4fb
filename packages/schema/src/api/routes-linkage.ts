import * as z from 'zod/mini';
import { CommunityCode, prefixedId, StreetCode, text, valuesOf } from '../primitives.js';
import { NeedCategory } from '../entities/need.js';
import {
  CreateMatchRequest,
  CreateResourceRequest,
  OrganizationClaimRequest,
  TargetGroup,
  UpdateResourceRequest,
} from '../entities/resource.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * The linkage's first half (SPEC §11): the 资源清单 that organizations and 社工站 publish, and
 * 供需对接 — staff link a need to a resource, and the organization may then take the need.
 */

const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
const WRITE_ERRORS = [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found'] as const;
const resourceById = /* @__PURE__ */ z.strictObject({ id: prefixedId('res') });
const needById = /* @__PURE__ */ z.strictObject({ id: prefixedId('need') });

/**
 * `GET /v1/resources`: the published resources of a community or street (or the district), by
 * category and target group; `q` searches titles and descriptions as the needs list does.
 */
export const ListResourcesQuery = /* @__PURE__ */ z.extend(PageQuery, {
  community: z.optional(CommunityCode),
  street: z.optional(StreetCode),
  category: z.optional(z.enum(valuesOf(NeedCategory))),
  group: z.optional(z.enum(valuesOf(TargetGroup))),
  q: z.optional(text(1, 50)),
});
export type ListResourcesQuery = z.input<typeof ListResourcesQuery>;

export const listResourcesRoute = {
  id: 'listResources',
  method: 'GET',
  path: '/v1/resources',
  summary: 'The 资源清单: published resources by place, category, target group and search',
  tag: 'resources',
  auth: 'publishable',
  query: ListResourcesQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const getResourceRoute = {
  id: 'getResource',
  method: 'GET',
  path: '/v1/resources/{id}',
  summary: 'One published resource with its organization and public contact',
  tag: 'resources',
  auth: 'publishable',
  params: resourceById,
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const createResourceRoute = {
  id: 'createResource',
  method: 'POST',
  path: '/v1/resources',
  summary:
    'Publish what an organization offers: its members, or staff where the organization works',
  tag: 'resources',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'org_member'],
    scope: { in: 'body', field: 'organizationId', subject: 'organization' },
  },
  body: CreateResourceRequest,
  status: 201,
  errors: WRITE_ERRORS,
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateResourceRoute = {
  id: 'updateResource',
  method: 'PATCH',
  path: '/v1/resources/{id}',
  summary:
    "Edit, pause or publish again a resource: the organization's members, or staff of a community it serves",
  tag: 'resources',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'org_member'],
    scope: { in: 'params', field: 'id', subject: 'resource' },
  },
  params: resourceById,
  body: UpdateResourceRequest,
  status: 200,
  errors: WRITE_ERRORS,
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const createMatchRoute = {
  id: 'createMatch',
  method: 'POST',
  path: '/v1/needs/{id}/matches',
  summary:
    'Link an open need to a published resource (供需对接); its organization is told once it is saved',
  tag: 'needs',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'params', field: 'id', subject: 'need' },
  },
  params: needById,
  body: CreateMatchRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'need_not_open', 'resource_paused', 'already_matched'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const claimNeedAsOrganizationRoute = {
  id: 'claimNeedAsOrganization',
  method: 'POST',
  path: '/v1/needs/{id}/organization-claims',
  summary:
    'An organization takes a need matched to one of its resources; the need then shows it as the claimant',
  tag: 'needs',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'org_member'],
    scope: { in: 'body', field: 'organizationId', subject: 'organization' },
  },
  params: needById,
  body: OrganizationClaimRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'need_not_open', 'need_already_claimed', 'need_not_matched'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The resource and matching routes, spread into `routes`. */
export const linkageRoutes = {
  listResources: listResourcesRoute,
  getResource: getResourceRoute,
  createResource: createResourceRoute,
  updateResource: updateResourceRoute,
  createMatch: createMatchRoute,
  claimNeedAsOrganization: claimNeedAsOrganizationRoute,
} as const;
