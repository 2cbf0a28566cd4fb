import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import { SettleDonationRequest } from '../entities/desk.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * The staff's daily work desk (SPEC §10): the check-in list the hours recorder records from, and
 * settling a pending pledge at the donation desk. Role and scope are declared here; the binder
 * checks them before a handler runs.
 */

const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;

export const listActivityCheckInsRoute = {
  id: 'listActivityCheckIns',
  method: 'GET',
  path: '/v1/activities/{id}/check-ins',
  summary:
    "An activity's check-in list: its confirmed signups with the minutes already recorded for each (names are personal data: the read is audited)",
  tag: 'activities',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker', 'org_member'],
    scope: { in: 'params', field: 'id', subject: 'activity' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('act') }),
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS, 'not_found'],
} as const satisfies RouteDefinition;

export const settleDonationRoute = {
  id: 'settleDonation',
  method: 'POST',
  path: '/v1/donations/{id}/settle',
  summary:
    'Staff settle a pending pledge of a fund in their scope: paid, with the bank reference (the fund total moves exactly once), or failed',
  tag: 'donations',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff'],
    scope: { in: 'params', field: 'id', subject: 'donation' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('don') }),
  body: SettleDonationRequest,
  status: 200,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found', 'donation_not_pending'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const listRecordableActivitiesRoute = {
  id: 'listRecordableActivities',
  method: 'GET',
  path: '/v1/staff/activities',
  summary:
    'Activities whose hours may be recorded: started within the last 30 days and not cancelled, within the caller’s scopes, the latest first',
  tag: 'activities',
  auth: 'staff',
  // No declared scope: the handler narrows the list to the caller's own scopes, like the queue.
  permission: { roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'] },
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS],
} as const satisfies RouteDefinition;

/** The desk's routes, spread into `routes`. */
export const deskRoutes = {
  listRecordableActivities: listRecordableActivitiesRoute,
  listActivityCheckIns: listActivityCheckInsRoute,
  settleDonation: settleDonationRoute,
} as const;
