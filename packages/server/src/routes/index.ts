import type { App, AppDeps } from '../http/route.js';
import { registerDivisionRoutes } from './divisions.js';
import { registerEventRoutes } from './events.js';
import { registerFundRoutes } from './funds.js';
import { registerNeedRoutes } from './needs.js';
import { registerOrganizationRoutes } from './organizations.js';
import { registerStaffRoutes } from './staff.js';
import { registerSurveyRoutes } from './surveys.js';
import { registerVolunteerRoutes } from './volunteers.js';

/** Every route of the contract's table, each module serving one part of the domain. */
export function registerRoutes(app: App, deps: AppDeps): void {
  registerDivisionRoutes(app, deps);
  registerOrganizationRoutes(app, deps);
  registerNeedRoutes(app, deps);
  registerVolunteerRoutes(app, deps);
  registerFundRoutes(app, deps);
  registerSurveyRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerStaffRoutes(app, deps);
}
