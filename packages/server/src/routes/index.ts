import { routes, type RouteDefinition, type RouteName } from '@wushe/schema';
import {
  bind,
  type App,
  type AppDeps,
  type BindOptions,
  type RouteBindOptions,
  type Handler,
  type RouteHandlers,
  type StreamHandler,
} from '../http/route.js';
import { isDevRoute } from '../http/fallbacks.js';
import { accountHandlers } from './accounts.js';
import { adminHandlers } from './admin.js';
import { devHandlers } from './dev.js';
import { directoryHandlers } from './directory.js';
import { divisionHandlers } from './divisions.js';
import { eventHandlers } from './events.js';
import { fundBindOptions, fundHandlers } from './funds.js';
import { fundAdminHandlers } from './funds-admin.js';
import { keyHandlers } from './keys.js';
import { settingsHandlers } from './settings.js';
import { queueHandlers } from './queue.js';
import { indicatorBindOptions, indicatorHandlers } from './indicators.js';
import { deskHandlers } from './desk.js';
import { followUpHandlers } from './follow-ups.js';
import { pointsHandlers } from './points.js';
import { residentHandlers } from './residents.js';
import { linkageHandlers } from './linkage.js';
import { projectHandlers } from './projects.js';
import { callBindOptions, callHandlers } from './calls.js';
import { needMatchHandlers } from './need-matches.js';
import { organizationDeskHandlers } from './organization-desk.js';
import { needBindOptions, needHandlers } from './needs.js';
import { organizationHandlers } from './organizations.js';
import { programHandlers } from './programs.js';
import { registerSandboxRoutes } from './sandbox.js';
import { staffHandlers } from './staff.js';
import { surveyHandlers } from './surveys.js';
import { volunteerHandlers } from './volunteers.js';

/** Every route of the contract's table with its handler: one missing does not compile. */
const handlers: RouteHandlers = {
  ...divisionHandlers,
  ...organizationHandlers,
  ...needHandlers,
  ...volunteerHandlers,
  ...fundHandlers,
  ...surveyHandlers,
  ...eventHandlers,
  ...staffHandlers,
  ...adminHandlers,
  ...accountHandlers,
  ...devHandlers,
  ...directoryHandlers,
  ...programHandlers,
  ...fundAdminHandlers,
  ...keyHandlers,
  ...settingsHandlers,
  ...queueHandlers,
  ...indicatorHandlers,
  ...deskHandlers,
  ...followUpHandlers,
  ...pointsHandlers,
  ...residentHandlers,
  ...linkageHandlers,
  ...projectHandlers,
  ...callHandlers,
  ...needMatchHandlers,
  ...organizationDeskHandlers,
};

/** Routes bound with more than the defaults (e.g. a write done in one statement). */
const bindOptions: RouteBindOptions = {
  ...fundBindOptions,
  ...needBindOptions,
  ...callBindOptions,
  ...indicatorBindOptions,
};

/**
 * Serves every route of the contract's table, each through the binder (or, for the event
 * stream, as its handler answers), and the sandbox provider's checkout pages when configured.
 * Development routes are left out unless `deps.devRoutes`: then they are 404 like unknown paths.
 */
export function registerRoutes(app: App, deps: AppDeps): void {
  for (const name of Object.keys(routes) as RouteName[]) {
    const route: RouteDefinition = routes[name];
    if (isDevRoute(route) && !deps.devRoutes) continue;
    // The table pairs each route with its own handler's type; a loop over names cannot see
    // that pairing, hence the widening casts here and nowhere else.
    if (route.stream) {
      const handler = handlers[name] as StreamHandler;
      app.on(route.method, route.path, (c) => handler(c, deps));
    } else {
      bind(
        app,
        deps,
        route,
        handlers[name] as Handler<RouteDefinition>,
        (bindOptions[name] ?? {}) as BindOptions<RouteDefinition>,
      );
    }
  }
  if (deps.payments.sandbox) registerSandboxRoutes(app, deps);
}
