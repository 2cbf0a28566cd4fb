import { deleteCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../http/errors.js';
import type { RouteHandlers } from '../http/route.js';
import { setPasswordWithToken } from '../services/staff/accounts.js';
import {
  endSession,
  openDelegatedSession,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
} from '../services/staff/sessions.js';
import { AccountLocked } from '../services/staff/lockout.js';
import { signIn } from '../services/staff/sign-in.js';

const COOKIE = {
  path: '/',
  httpOnly: true,
  secure: true,
  sameSite: 'Strict',
} as const;

/** Staff sign-in and sessions (SPEC §9). */
export const staffHandlers = {
  staffSignIn: async ({ tx, body, after, c, deps }) => {
    const answer = await signIn(
      tx,
      { db: deps.db, secrets: deps.secrets, after },
      body,
      deps.now(),
    ).catch((error: unknown) => {
      // The lock's wait travels as Retry-After, a header only the HTTP layer knows about.
      if (error instanceof AccountLocked) {
        throw new ApiError('account_locked', undefined, {
          'Retry-After': String(error.retryAfterSeconds),
        });
      }
      throw error;
    });
    // The console on this server's origin keeps the session in a cookie scripts cannot read.
    setCookie(c, SESSION_COOKIE, answer.session.token, {
      ...COOKIE,
      maxAge: SESSION_ABSOLUTE_MS / 1000,
    });
    return answer;
  },

  setStaffPassword: ({ tx, body, messages, deps }) =>
    setPasswordWithToken(tx, deps.secrets, {
      ...body,
      now: deps.now(),
      messages,
      issuer: 'wushe',
    }),

  createDelegatedSession: async (context) => {
    const { tx, body, auth, deps } = context;
    const answer = await openDelegatedSession(tx, {
      districtCode: auth.districtCode,
      accountId: body.accountId,
      apiKeyId: auth.apiKeyId,
      now: deps.now(),
    });
    await context.audit('staff_session.delegated', 'account', body.accountId);
    return answer;
  },

  getStaffMe: ({ auth }) => {
    const staff = auth.staff;
    if (!staff) throw new ApiError('authentication_required');
    return Promise.resolve({
      account: staff.account,
      roles: [...staff.grants],
      session: { kind: staff.kind, expiresAt: staff.expiresAt.toISOString() },
    });
  },

  staffSignOut: async ({ tx, auth, c, deps }) => {
    if (!auth.staff) throw new ApiError('authentication_required');
    await endSession(tx, auth.staff.tokenHash, deps.now());
    deleteCookie(c, SESSION_COOKIE, COOKIE);
    return { signedOut: true as const };
  },
} satisfies Partial<RouteHandlers>;
