import type { Context } from 'hono';
import { keepAlive, resolveResidentSession } from '../services/residents/sessions.js';
import type { Auth } from './auth.js';
import { ApiError } from './errors.js';
import type { AppDeps } from './route.js';

/**
 * The caller of a `resident` route: a resident token (`rt_…`) as the bearer. The token works
 * from the origin that signed in, as a publishable key works from its origins: a request whose
 * `Origin` is another is 403 `resident_origin_mismatch` (a request without `Origin` comes from
 * no page). A token in use lasts 30 more days; a refused one is not kept alive.
 */
export async function authenticateResident(c: Context, deps: AppDeps): Promise<Auth> {
  const token = /^Bearer\s+(rt_\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (token === undefined) throw new ApiError('authentication_required');
  const now = deps.now();
  const resident = await resolveResidentSession(deps.db, token, now);
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== resident.boundOrigin) {
    throw new ApiError('resident_origin_mismatch');
  }
  await keepAlive(deps.db, resident.tokenHash, now);
  return {
    districtCode: resident.districtCode,
    apiKeyId: resident.apiKeyId,
    kind: 'publishable',
    via: 'resident',
    resident,
  };
}
