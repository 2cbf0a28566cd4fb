import type { App, AppDeps } from '../http/route.js';
import { registerDivisionRoutes } from './divisions.js';
import { registerOrganizationRoutes } from './organizations.js';

/** Every route of the contract's table, each module serving one part of the domain. */
export function registerRoutes(app: App, deps: AppDeps): void {
  registerDivisionRoutes(app, deps);
  registerOrganizationRoutes(app, deps);
}
