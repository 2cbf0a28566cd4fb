import {
  registerVolunteerRoute,
  signUpForActivityRoute,
  type RegisterVolunteerRequest,
  type ActivitySignupRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/*
 * The signup's writes: their routes with the contract's schemas (and zod with them), which the SDK
 * checks each request against, in a chunk of its own loaded with `import()` when the form is
 * sent, not with the page.
 */

/** Signs up for an activity; `idempotencyKey` is the attempt's, so a retry signs up once. */
export function signUp(
  requester: Requester,
  activity: string,
  body: ActivitySignupRequest,
  idempotencyKey: string,
) {
  return requester.call(
    signUpForActivityRoute,
    { params: { id: activity }, body },
    { idempotencyKey },
  );
}

/** Registers a volunteer; `idempotencyKey` is the attempt's, so a retry registers once. */
export function register(
  requester: Requester,
  body: RegisterVolunteerRequest,
  idempotencyKey: string,
) {
  return requester.call(registerVolunteerRoute, { body }, { idempotencyKey });
}
