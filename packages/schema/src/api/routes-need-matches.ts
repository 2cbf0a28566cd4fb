import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import type { RouteDefinition } from './routes.js';
import { STAFF_ERRORS } from './route-errors.js';

/*
 * What the staff's 供需对接 screen reads besides the 资源清单 (SPEC §11): the resources a need has
 * already been matched to, so a need is matched once per organization and shows who was told.
 */

export const listNeedMatchesRoute = {
  id: 'listNeedMatches',
  method: 'GET',
  path: '/v1/needs/{id}/matches',
  summary: 'The resources (and so the organizations) a need has been matched to, oldest first',
  tag: 'needs',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'params', field: 'id', subject: 'need' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('need') }),
  status: 200,
  errors: ['validation_failed', 'not_found', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

/** The need-matching reads, spread into `routes`. */
export const needMatchRoutes = {
  listNeedMatches: listNeedMatchesRoute,
} as const;
