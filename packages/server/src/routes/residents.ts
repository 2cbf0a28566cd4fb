import { ApiError } from '../http/errors.js';
import type { RouteHandlers } from '../http/route.js';
import { requestResidentCode, TooManyCodes } from '../services/residents/codes.js';
import { myDonations } from '../services/residents/donations.js';
import { eraseResident } from '../services/residents/erase.js';
import { exportMyData } from '../services/residents/export.js';
import { myHours } from '../services/residents/hours.js';
import { myNeeds } from '../services/residents/needs.js';
import { endResidentSessions, presentResident } from '../services/residents/sessions.js';
import { signInResident } from '../services/residents/sign-in.js';
import { cancelMySignup, listMySignups } from '../services/residents/signups.js';
import {
  getMyVolunteer,
  updateMyVolunteer,
  withdrawVolunteerConsent,
} from '../services/residents/volunteer.js';

/**
 * Residents' own side (SPEC §13). Every route but the first two is `auth: 'resident'`: the binder
 * has resolved the token and checked the origin, and the handler reads `context.resident`.
 */
export const residentHandlers = {
  requestResidentCode: (context) =>
    requestResidentCode(context).catch((error: unknown) => {
      // The wait travels as Retry-After, a header only the HTTP layer knows about.
      if (error instanceof TooManyCodes) {
        throw new ApiError('too_many_codes', error.issues, {
          'Retry-After': String(error.retryAfterSeconds),
        });
      }
      throw error;
    }),

  // The page's origin, which the binder has checked against the publishable key, binds the token.
  residentSignIn: (context) => signInResident(context, context.c.req.header('Origin') ?? null),

  residentSignOut: async ({ tx, resident, deps }) => {
    await endResidentSessions(tx, resident, deps.now());
    return { signedOut: true as const };
  },

  getResidentMe: ({ tx, resident }) => presentResident(tx, resident),

  getMyVolunteer: ({ tx, resident, deps }) => getMyVolunteer(tx, resident, deps.now()),

  updateMyVolunteer: ({ tx, resident, body, deps, messages }) =>
    updateMyVolunteer(tx, resident, body, { now: deps.now(), messages }),

  withdrawVolunteerConsent: (context) => withdrawVolunteerConsent(context, context.resident),

  listMySignups: async ({ tx, resident, deps }) => ({
    data: await listMySignups(tx, resident, deps.now()),
  }),

  cancelMySignup: (context) => cancelMySignup(context, context.resident, context.params.id),

  getMyHours: ({ tx, resident }) => myHours(tx, resident),

  listMyNeeds: async ({ tx, resident }) => ({ data: await myNeeds(tx, resident) }),

  listMyDonations: async ({ tx, resident }) => ({ data: await myDonations(tx, resident) }),

  exportMyData: ({ tx, resident, deps }) => exportMyData(tx, resident, deps.now()),

  eraseMyData: (context) => eraseResident(context, context.resident),
} satisfies Partial<RouteHandlers>;
