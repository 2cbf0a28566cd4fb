import { indicatorsCsv } from '@wushe/schema';
import type { RouteBindOptions, RouteHandlers } from '../http/route.js';
import {
  storedIndicatorsBody,
  storedIndicatorsReport,
} from '../services/indicators/stored-report.js';

/**
 * The linkage index (SPEC §12). Who may read it (staff within the division, a publishable key
 * where the district made it public) is the route's declaration, checked by the binder. A report
 * is kept, refreshed and served for five minutes at most (`computedAt` says when it was computed).
 */
export const indicatorHandlers = {
  getIndicators: ({ tx, auth, query, deps }) =>
    storedIndicatorsReport(tx, auth.districtCode, query, deps.now()),
} satisfies Partial<RouteHandlers>;

/** The JSON as kept (gzipped, sent as it is); `Accept: text/csv`: the same table as CSV. */
export const indicatorBindOptions: RouteBindOptions = {
  getIndicators: {
    gzipped: ({ tx, auth, query, deps }) =>
      storedIndicatorsBody(tx, auth.districtCode, query, deps.now()),
    csv: { render: indicatorsCsv, filename: 'linkage-index.csv' },
  },
};
