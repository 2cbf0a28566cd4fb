import type { RouteHandlers } from '../http/route.js';
import { auditPage } from '../services/audit-log.js';

/** The district's administration; the binder lets only a district_admin (or its secret key) in. */
export const adminHandlers = {
  listAudit: async ({ tx, auth, query }) => auditPage(tx, auth.districtCode, query),
} satisfies Partial<RouteHandlers>;
