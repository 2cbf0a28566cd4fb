import type { Signup } from '@wushe/schema';
import { listMySignups } from '@wushe/schema/wire';
import type { Requester } from '@wushe/sdk';
import { getResidentSession, residentScope } from '../../internal/resident-session.js';

/**
 * `signup` as it stands now, read from the signed-in resident's own signups (the page's shared
 * sign-in, with her token): `undefined` when nobody is signed in here, when the signup is not hers
 * (another mobile's), or when nothing changed. Public events never say who was promoted; only
 * the resident herself can read it.
 */
export async function readOwnSignup(
  requester: Requester,
  signup: Signup,
): Promise<Signup | undefined> {
  const session = getResidentSession(residentScope(requester));
  if (!session) return undefined;
  // Read synchronously by `send` as it builds the request (see ResidentSessionController).
  requester.residentToken = session.token;
  const mine = (await requester.send(listMySignups, {})).data.find((each) => each.id === signup.id);
  if (!mine || mine.status === signup.status) return undefined;
  return { ...signup, status: mine.status, waitlistPosition: mine.waitlistPosition };
}
