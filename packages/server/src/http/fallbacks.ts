import { devRoutes, routes, type RouteDefinition } from '@wushe/schema';

const devRouteIds = new Set<string>(Object.values(devRoutes).map((route) => route.id));

const patternOf = (route: RouteDefinition) => ({
  method: route.method,
  path: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
});
const everyPattern = Object.values(routes).map(patternOf);
const patternsWithoutDev = Object.values(routes)
  .filter((route) => !devRouteIds.has(route.id))
  .map(patternOf);

/** Whether a route of the contract is a development route, served only when enabled. */
export const isDevRoute = (route: RouteDefinition) => devRouteIds.has(route.id);

/**
 * The methods a path of the contract takes, for a 405 with `Allow` instead of a misleading 404
 * when a client uses the wrong method on a real path. Empty for a path that does not exist, and
 * for a development route's path when they are not served (`devRoutes` off).
 */
export function allowedMethods(path: string, devRoutesServed: boolean): string[] {
  return (devRoutesServed ? everyPattern : patternsWithoutDev)
    .filter((pattern) => pattern.path.test(path))
    .map((pattern) => pattern.method);
}
