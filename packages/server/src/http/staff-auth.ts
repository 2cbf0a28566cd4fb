import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { RouteDefinition } from '@wushe/schema';
import { resolveSession, SESSION_COOKIE } from '../services/staff/sessions.js';
import { originAllowed, type Auth } from './auth.js';
import { ApiError } from './errors.js';
import type { AppDeps } from './route.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request presents a staff session rather than a key: a staff token as its bearer, or
 * no `Authorization` at all and the console's session cookie.
 */
export function presentsStaffSession(c: Context): boolean {
  const authorization = c.req.header('Authorization');
  if (authorization === undefined) return getCookie(c, SESSION_COOKIE) !== undefined;
  return /^Bearer\s+st_/i.test(authorization);
}

/**
 * The caller of a `staff` or `staff_session` route. A staff token (`st_…`) comes as a bearer token
 * or, in the console on this server's origin, as the `wushe_staff` cookie: a write carried by the
 * cookie must come from this origin (no CSRF). A delegated session works only from the origins it
 * was bound to. On a `staff` route a secret key works too (it acts as `district_admin`).
 */
export async function authenticateStaff(
  c: Context,
  deps: AppDeps,
  route: RouteDefinition,
): Promise<Auth> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (bearer !== undefined && !bearer.startsWith('st_')) {
    if (route.auth !== 'staff') throw new ApiError('authentication_required');
    return deps.keys.authenticate(c, 'secret');
  }
  const cookie = bearer === undefined ? getCookie(c, SESSION_COOKIE) : undefined;
  const token = bearer ?? cookie;
  if (token === undefined) throw new ApiError('authentication_required');

  const origin = c.req.header('Origin');
  if (cookie !== undefined && !SAFE_METHODS.has(c.req.method)) {
    if (origin !== new URL(c.req.url).origin) throw new ApiError('origin_not_allowed');
  }
  const staff = await resolveSession(deps.db, token, deps.now());
  if (staff.kind === 'delegated') {
    if (cookie !== undefined) throw new ApiError('session_expired');
    if (origin !== undefined && !originAllowed(origin, staff.boundOrigins)) {
      throw new ApiError('origin_not_allowed');
    }
  }
  return {
    districtCode: staff.account.districtCode,
    apiKeyId: staff.apiKeyId ?? `staff:${staff.account.id}`,
    kind: 'secret',
    via: 'session',
    staff,
  };
}
