import type { RouteHandlers } from '../http/route.js';
import { recordFollowUp } from '../services/follow-ups/record.js';

/** Follow-ups (回访) recorded on low ratings (SPEC §9); role and scope are the route's. */
export const followUpHandlers = {
  recordFollowUp,
} satisfies Partial<RouteHandlers>;
