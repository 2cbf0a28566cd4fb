import * as z from 'zod/mini';
import { CommunityCode, prefixedId, StreetCode, valuesOf } from '../primitives.js';
import {
  CreateProjectUpdateRequest,
  ProjectKind,
  ProjectStatus,
  UpdateProjectRequest,
} from '../entities/project.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * Projects (SPEC §11): public lists and pages with progress and money, and progress updates by
 * the people of the project. A project silent for 180 days is quiet (see `QUIET_AFTER_DAYS`).
 */

const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
const projectById = /* @__PURE__ */ z.strictObject({ id: prefixedId('prj') });

/** `GET /v1/projects`: a community's or street's projects (or the district's), newest first. */
export const ListProjectsQuery = /* @__PURE__ */ z.extend(PageQuery, {
  community: z.optional(CommunityCode),
  street: z.optional(StreetCode),
  kind: z.optional(z.enum(valuesOf(ProjectKind))),
  status: z.optional(z.enum(valuesOf(ProjectStatus))),
});
export type ListProjectsQuery = z.input<typeof ListProjectsQuery>;

export const listProjectsRoute = {
  id: 'listProjects',
  method: 'GET',
  path: '/v1/projects',
  summary: 'Projects by place, kind and status, each marked quiet when silent for 180 days',
  tag: 'projects',
  auth: 'publishable',
  query: ListProjectsQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const getProjectRoute = {
  id: 'getProject',
  method: 'GET',
  path: '/v1/projects/{id}',
  summary:
    'One project: public progress updates, money raised and used, satisfaction once completed',
  tag: 'projects',
  auth: 'publishable',
  params: projectById,
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const createProjectUpdateRoute = {
  id: 'createProjectUpdate',
  method: 'POST',
  path: '/v1/projects/{id}/updates',
  summary:
    "A public progress update by the organization's members, a social worker or staff where it runs; ends a quiet spell",
  tag: 'projects',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker', 'org_member'],
    scope: { in: 'params', field: 'id', subject: 'project' },
    refusal: { code: 'not_project_member', issue: 'outside_project' },
  },
  params: projectById,
  body: CreateProjectUpdateRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found', 'not_project_member'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateProjectRoute = {
  id: 'updateProject',
  method: 'PATCH',
  path: '/v1/projects/{id}',
  summary:
    'Staff where the project runs move it through proposed → approved → in_progress → completed (or rejected, cancelled), set its fund and social workers',
  tag: 'projects',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'params', field: 'id', subject: 'project' },
  },
  params: projectById,
  body: UpdateProjectRequest,
  status: 200,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found', 'invalid_status_transition'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The project routes, spread into `routes`. */
export const projectRoutes = {
  listProjects: listProjectsRoute,
  getProject: getProjectRoute,
  createProjectUpdate: createProjectUpdateRoute,
  updateProject: updateProjectRoute,
} as const;
