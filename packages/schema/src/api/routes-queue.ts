import * as z from 'zod/mini';
import { valuesOf } from '../primitives.js';
import { QueueKind } from '../entities/staff-queue.js';
import { StaffRole } from '../entities/staff.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { STAFF_ERRORS } from './route-errors.js';

/** `GET /v1/staff/queue`: one list, oldest first, cursor-paginated. */
export const QueueQuery = /* @__PURE__ */ z.extend(PageQuery, {
  kind: z.enum(valuesOf(QueueKind)),
});
export type QueueQuery = z.input<typeof QueueQuery>;

/**
 * Any staff role may call it; there is no declared scope, so the handler narrows every list to
 * the caller's own scopes (see `RoutePermission`): community staff see their community, street
 * staff their street's communities, a district_admin (or the secret key) the whole district.
 */
export const listStaffQueueRoute = {
  id: 'listStaffQueue',
  method: 'GET',
  path: '/v1/staff/queue',
  summary:
    'The work lists within the caller’s scopes, oldest first, with the count of every list: needs to review, reported needs, pending donations, follow-ups (with their deadline), proposals to score',
  tag: 'staff',
  auth: 'staff',
  permission: { roles: valuesOf(StaffRole) },
  query: QueueQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

/** The staff queue route, spread into `routes`. */
export const queueRoutes = {
  listStaffQueue: listStaffQueueRoute,
} as const;
