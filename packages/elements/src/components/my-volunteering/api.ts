import type { DivisionTree, MyHours, MySignup, MyVolunteer, VolunteerPoints } from '@wushe/schema';
import {
  getMyHours,
  getMyPoints,
  getMyVolunteer,
  listDivisions,
  listMySignups,
} from '@wushe/schema/wire';
import { NotFoundError, type Requester } from '@wushe/sdk';

import type { ResidentSessionController } from '../../internal/resident-session-controller.js';

/*
 * The widget's reads, in a chunk of their own, sent by the routes' wire parts (no schemas, no
 * zod: the server checks them): Lit, the SDK, the sign-in and the widget's templates arrive
 * first, and this is fetched as the widget connects. The writes are in `writes.ts`, fetched when
 * the resident acts, with their routes' schemas.
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
    orNone(session.send(getMyVolunteer, {}, options)),
    session.send(listMySignups, {}, options),
    orNone(session.send(getMyHours, {}, options)),
    orNone(session.send(getMyPoints, {}, options)),
    requester.send(listDivisions, {}, options),
  ]);
  return { volunteer, signups: signups.data, hours, points, district };
}

/** My signups again (an activity of mine moved live). */
export async function readMySignups(
  session: ResidentSessionController,
): Promise<readonly MySignup[]> {
  return (await session.send(listMySignups, {})).data;
}
