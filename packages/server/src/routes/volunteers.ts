import type { RouteHandlers } from '../http/route.js';
import { getActivity, listActivities } from '../services/volunteers/activities.js';
import { registerVolunteer } from '../services/volunteers/registration.js';
import { signUpForActivity } from '../services/volunteers/signups.js';
import { createServiceRecord, volunteerHours } from '../services/volunteers/timebank.js';

/** Volunteers, their activities and the time bank (SPEC §3 flows 3 and 5). */
export const volunteerHandlers = {
  registerVolunteer,
  listActivities,
  getActivity,
  signUpForActivity,
  createServiceRecord,
  getVolunteerHours: volunteerHours,
} satisfies Partial<RouteHandlers>;
