import { IndicatorsQuery } from '../entities/indicators.js';
import { STAFF_ROLES } from './permissions.js';
import type { RouteDefinition } from './routes.js';
import { STAFF_ERRORS } from './route-errors.js';

/* The linkage index (SPEC §12). */

export const getIndicatorsRoute = {
  id: 'getIndicators',
  method: 'GET',
  path: '/v1/indicators',
  summary:
    'The linkage index of a division and every division below it: value, numerator, denominator, target, source, 1–5 score; `Accept: text/csv` for the same table as CSV',
  tag: 'indicators',
  auth: 'publishable',
  // Staff within the division always; a publishable key only where the district made the index
  // public (`settings.publicIndicators`), else 403 indicators_not_public.
  permission: {
    roles: [...STAFF_ROLES],
    scope: { in: 'query', field: 'division', subject: 'division' },
    publicWhen: 'publicIndicators',
  },
  query: IndicatorsQuery,
  status: 200,
  errors: ['validation_failed', ...STAFF_ERRORS, 'not_found', 'indicators_not_public'],
} as const satisfies RouteDefinition;

/** The indicators routes, spread into `routes`. */
export const indicatorRoutes = {
  getIndicators: getIndicatorsRoute,
} as const;
