import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { prefixedId, Timestamp } from '../primitives.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { STAFF_ERRORS } from './route-errors.js';

/* The district's administration (SPEC §9): routes a district_admin alone may call. */

const filterText = (max: number) =>
  z.optional(checked(z.string(), z.minLength(1), z.maxLength(max)));

/** `GET /v1/audit`: every filter given applies; `from` and `to` are inclusive. */
export const AuditQuery = /* @__PURE__ */ z.strictObject({
  ...PageQuery.shape,
  account: z.optional(prefixedId('acc')),
  action: filterText(100),
  subjectType: filterText(50),
  subjectId: filterText(200),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const listAuditRoute = {
  id: 'listAudit',
  method: 'GET',
  path: '/v1/audit',
  summary: "The district's audit log, newest first, filtered by person, action, subject and time",
  tag: 'admin',
  auth: 'staff',
  query: AuditQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
  permission: { roles: ['district_admin'] },
} as const satisfies RouteDefinition;

/** The administration routes, spread into `routes`. */
export const adminRoutes = {
  listAudit: listAuditRoute,
} as const;
