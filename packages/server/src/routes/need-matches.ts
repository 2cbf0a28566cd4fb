import type { RouteHandlers } from '../http/route.js';
import { listNeedMatches } from '../services/linkage/need-matches.js';

/** The staff's reads of 供需对接 (SPEC §11); the route binder checks the need is in scope. */
export const needMatchHandlers = {
  listNeedMatches: ({ tx, auth, params }) => listNeedMatches(tx, auth, params.id),
} satisfies Partial<RouteHandlers>;
