import type { StaffSignInResponse } from '@wushe/schema';

/**
 * A staff member signed in with `<wushe-staff-sign-in>`: who, with which roles and scopes, and the
 * session (its token is also set as the server's HttpOnly cookie on the API's origin).
 */
export type WusheSignedInDetail = StaffSignInResponse;

export type WusheSignedInEvent = CustomEvent<WusheSignedInDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-signed-in': WusheSignedInEvent;
  }
}
