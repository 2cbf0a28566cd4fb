import { requestResidentCodeRoute, residentSignInRoute, residentSignOutRoute } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/*
 * The resident sign-in's calls, in a chunk of their own with the contract's schemas (zod): a
 * resident widget shows its sign-in form first, and this arrives beside it (see `residentApi`).
 */

/** `POST /v1/residents/codes`: a 6-digit code to the mobile by SMS. */
export const requestCode = (requester: Requester, mobile: string) =>
  requester.call(requestResidentCodeRoute, { body: { mobile } });

/** `POST /v1/residents/sessions`: the mobile and its code for a session bound to this origin. */
export const openSession = (requester: Requester, mobile: string, code: string) =>
  requester.call(residentSignInRoute, { body: { mobile, code } });

/** `DELETE /v1/residents/sessions/current` with `token`: the server ends it at once. */
export async function endSession(requester: Requester, token: string): Promise<void> {
  const before = requester.residentToken;
  requester.residentToken = token;
  // `call` reads the token as it builds the request, before its first await.
  const ended = requester.call(residentSignOutRoute, {});
  requester.residentToken = before === token ? undefined : before;
  await ended;
}
