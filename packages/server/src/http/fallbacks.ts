import { routes } from '@wushe/schema';

const patterns = Object.values(routes).map((route) => ({
  method: route.method,
  path: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/**
 * The methods a path of the contract takes, for a 405 with `Allow` instead of a misleading 404
 * when a client uses the wrong method on a real path. Empty for a path that does not exist.
 */
export function allowedMethods(path: string): string[] {
  return patterns.filter((pattern) => pattern.path.test(path)).map((pattern) => pattern.method);
}
