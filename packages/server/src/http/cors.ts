import type { MiddlewareHandler } from 'hono';
import type { KeyRing } from './auth.js';

const ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Accept-Language, Last-Event-ID';
const EXPOSED_HEADERS = 'X-Request-Id, Retry-After, Idempotent-Replayed';

/**
 * CORS for the browser widgets. A preflight carries no key, so it is answered for any origin some
 * publishable key allows; the real request is then checked against its own key's origins (403
 * `origin_not_allowed`). Responses vary by `Origin`, so no cache serves one origin's answer to another.
 */
export function cors(keys: KeyRing): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    c.header('Vary', 'Origin', { append: true });
    if (c.req.method === 'OPTIONS') {
      if (!origin || !(await keys.anyKeyAllows(origin))) return c.body(null, 403);
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
    }
    await next();
    // The same rule as the preflight, so a page of a known origin can read even a refusal (its
    // key bound elsewhere: 403 origin_not_allowed); an unknown origin learns nothing.
    if (origin && (await keys.anyKeyAllows(origin))) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}
