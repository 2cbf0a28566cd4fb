import {
  cancelMySignupRoute,
  getMyHoursRoute,
  getMyPointsRoute,
  getMyVolunteerRoute,
  listDivisionsRoute,
  listMySignupsRoute,
  updateMyVolunteerRoute,
  withdrawVolunteerConsentRoute,
  type DivisionTree,
  type MyHours,
  type MySignup,
  type MyVolunteer,
  type UpdateMyVolunteerRequest,
  type VolunteerPoints,
} from '@wushe/schema';
import { NotFoundError, type Requester } from '@wushe/sdk';

import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * The widget's calls, in a chunk of their own with the contract's schemas (zod): Lit, the SDK,
 * the sign-in and the widget's templates arrive first, and this is fetched as the widget connects.
 */

/** Everything the widget shows of the signed-in resident's volunteering. */
export interface MyVolunteering {
  /** `null`: the signed-in mobile has no volunteer registration (never had, or withdrew). */
  readonly volunteer: MyVolunteer | null;
  readonly signups: readonly MySignup[];
  readonly hours: MyHours | null;
  readonly points: VolunteerPoints | null;
  /** The district tree, for the community's name (the certificate's organization). */
  readonly district: DivisionTree;
}

/** `null` for a 404 (no registration, so no hours or points); every other failure stays one. */
const orNone = <T>(request: Promise<T>): Promise<T | null> =>
  request.catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });

/** Loads the registration, signups, hours, points and the district tree at once. */
export async function loadMyVolunteering(
  session: ResidentSessionController,
  requester: Requester,
  signal: AbortSignal,
): Promise<MyVolunteering> {
  const options = { signal };
  const [volunteer, signups, hours, points, district] = await Promise.all([
    orNone(session.call(getMyVolunteerRoute, {}, options)),
    session.call(listMySignupsRoute, {}, options),
    orNone(session.call(getMyHoursRoute, {}, options)),
    orNone(session.call(getMyPointsRoute, {}, options)),
    requester.call(listDivisionsRoute, {}, options),
  ]);
  return { volunteer, signups: signups.data, hours, points, district };
}

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
