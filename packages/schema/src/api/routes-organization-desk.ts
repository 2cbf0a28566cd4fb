import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import type { RouteDefinition } from './routes.js';
import { STAFF_ERRORS } from './route-errors.js';

/*
 * The organization's side of the linkage (SPEC §11): what a community social organization's or a
 * 社工站's member reads to work — the needs staff matched to its resources (to claim), its
 * proposals to calls and how far each came, and its projects (to report progress on).
 */

export const getOrganizationDeskRoute = {
  id: 'getOrganizationDesk',
  method: 'GET',
  path: '/v1/organizations/{id}/desk',
  summary:
    "An organization's desk: the needs matched to it, its proposals with their progress, its projects",
  tag: 'organizations',
  auth: 'staff',
  permission: {
    roles: ['org_member', 'district_admin'],
    scope: { in: 'params', field: 'id', subject: 'organization' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('org') }),
  status: 200,
  errors: ['validation_failed', 'not_found', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

/** The organization desk's read, spread into `routes`. */
export const organizationDeskRoutes = {
  getOrganizationDesk: getOrganizationDeskRoute,
} as const;
