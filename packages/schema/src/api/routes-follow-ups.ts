import * as z from 'zod/mini';
import { prefixedId } from '../primitives.js';
import { RecordFollowUpRequest } from '../entities/follow-up.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * Follow-ups (回访, SPEC §9): the low ratings of the `follow_ups` work list are called back within
 * 15 working days, and the call is recorded here. Who may: the roles that follow up ratings, within
 * the community (or street) of what the response rates.
 */

export const recordFollowUpRoute = {
  id: 'recordFollowUp',
  method: 'POST',
  path: '/v1/staff/follow-ups/{id}',
  summary:
    'Record a follow-up (回访) of a low rating: the outcome and notes, by whom and when; it leaves the follow-up list',
  tag: 'staff',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
    scope: { in: 'params', field: 'id', subject: 'survey_response' },
  },
  params: /* @__PURE__ */ z.strictObject({ id: prefixedId('rsp') }),
  body: RecordFollowUpRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...STAFF_ERRORS,
    'idempotency_key_reused',
    'idempotency_in_progress',
    'not_found',
    'follow_up_already_recorded',
  ],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The follow-up routes, spread into `routes`. */
export const followUpRoutes = {
  recordFollowUp: recordFollowUpRoute,
} as const;
