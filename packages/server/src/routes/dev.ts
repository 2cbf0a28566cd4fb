import type { RouteHandlers } from '../http/route.js';
import { outboxPage } from '../services/outbox.js';

/** Development routes, bound only when the server runs with `--notifier log` (`devRoutes`). */
export const devHandlers = {
  listDevOutbox: async ({ tx, auth, query }) => outboxPage(tx, auth.districtCode, query),
} satisfies Partial<RouteHandlers>;
