import type { App, AppDeps } from '../http/route.js';

export function registerFundRoutes(_app: App, _deps: AppDeps): void {
  // Routes of this part of the domain are registered here.
}
