import { routes } from '@wushe/schema';
import { bind, type App, type AppDeps } from '../http/route.js';
import { listActivities } from '../services/volunteers/activities.js';
import { registerVolunteer } from '../services/volunteers/registration.js';
import { signUpForActivity } from '../services/volunteers/signups.js';
import { createServiceRecord, volunteerHours } from '../services/volunteers/timebank.js';

/** Volunteers, their activities and the time bank (SPEC §3 flows 3 and 5). */
export function registerVolunteerRoutes(app: App, deps: AppDeps): void {
  bind(app, deps, routes.registerVolunteer, registerVolunteer);
  bind(app, deps, routes.listActivities, listActivities);
  bind(app, deps, routes.signUpForActivity, signUpForActivity);
  bind(app, deps, routes.createServiceRecord, createServiceRecord);
  bind(app, deps, routes.getVolunteerHours, volunteerHours);
}
