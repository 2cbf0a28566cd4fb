import { UpdateSettingsRequest } from '../entities/settings.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/* The district's settings (SPEC §9): points rules, holidays, public indicators, notifier. */

const ADMIN = { roles: ['district_admin'] } as const;

export const getSettingsRoute = {
  id: 'getSettings',
  method: 'GET',
  path: '/v1/settings',
  summary: "The district's settings, with the defaults for everything never saved",
  tag: 'admin',
  auth: 'staff',
  permission: ADMIN,
  status: 200,
  errors: [...STAFF_ERRORS],
} as const satisfies RouteDefinition;

export const updateSettingsRoute = {
  id: 'updateSettings',
  method: 'PATCH',
  path: '/v1/settings',
  summary: 'Change the sections given: points rules, holiday years, public indicators, notifier',
  tag: 'admin',
  auth: 'staff',
  permission: ADMIN,
  body: UpdateSettingsRequest,
  status: 200,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, 'idempotency_key_reused', 'idempotency_in_progress'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The settings routes, spread into `routes`. */
export const settingsRoutes = {
  getSettings: getSettingsRoute,
  updateSettings: updateSettingsRoute,
} as const;
