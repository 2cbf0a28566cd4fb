import {
  cancelMySignupRoute,
  updateMyVolunteerRoute,
  withdrawVolunteerConsentRoute,
  type UpdateMyVolunteerRequest,
} from '@wushe/schema';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * The widget's writes, with their routes' schemas (zod, checked before sending): fetched only when
 * the resident cancels, withdraws or corrects, never in the widget's first load.
 */

/** Cancels one of my signups; the server gives the place to the first person waiting. */
export const cancelSignup = (session: ResidentSessionController, id: string) =>
  session.call(cancelMySignupRoute, { params: { id } });

/** Withdraws consent: the registration is erased, coming signups cancelled, hours kept. */
export const withdrawConsent = (session: ResidentSessionController) =>
  session.call(withdrawVolunteerConsentRoute, {});

/** Corrects my registration. */
export const correctRegistration = (
  session: ResidentSessionController,
  correction: UpdateMyVolunteerRequest,
) => session.call(updateMyVolunteerRoute, { body: correction });
