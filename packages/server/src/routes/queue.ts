import type { RouteHandlers } from '../http/route.js';
import { staffQueue } from '../services/staff-queue/queue.js';

/** The staff work lists (SPEC §9); the handler narrows them to the caller's scopes. */
export const queueHandlers = {
  listStaffQueue: staffQueue,
} satisfies Partial<RouteHandlers>;
