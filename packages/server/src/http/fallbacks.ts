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

/** Errors that mean the database is unreachable for now, not that the request was wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08')))
      return true;
  }
  return false;
}
