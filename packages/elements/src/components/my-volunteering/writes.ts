import {
  cancelMySignupRoute,
  eraseMyDataRoute,
  exportMyDataRoute,
  updateMyVolunteerRoute,
  withdrawVolunteerConsentRoute,
  type UpdateMyVolunteerRequest,
} from '@wushe/schema';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';
import { jsonFileOf, type ExportedFile } from './export-file.js';

export { saveFile } from './export-file.js';

/*
 * The widget's writes, with their routes' schemas (zod, checked before sending): fetched only when
 * the resident cancels, withdraws, corrects, exports or erases, never in the widget's first load.
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

/** Everything held about me (PIPL Art. 45), as a JSON file to save. */
export const exportMyData = async (session: ResidentSessionController): Promise<ExportedFile> =>
  jsonFileOf(await session.call(exportMyDataRoute, {}));

/**
 * Erases my personal data (PIPL Art. 47): the server ends every session of mine; hours,
 * donations and ratings stay, anonymised.
 */
export const eraseMyData = (session: ResidentSessionController) =>
  session.call(eraseMyDataRoute, {});
