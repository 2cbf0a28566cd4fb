import type { RouteHandlers } from '../http/route.js';
import { listActivityCheckIns } from '../services/desk/check-ins.js';
import { listRecordableActivities } from '../services/desk/recordable-activities.js';
import { settlePendingDonation } from '../services/desk/settle-donation.js';

/** The staff's daily work desk (SPEC §10): check-in lists and settling pledges. */
export const deskHandlers = {
  listRecordableActivities,
  listActivityCheckIns,
  settleDonation: settlePendingDonation,
} satisfies Partial<RouteHandlers>;
