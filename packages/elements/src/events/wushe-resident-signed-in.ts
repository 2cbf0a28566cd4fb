import type { Resident } from '@wushe/schema';

/**
 * A resident signed in by mobile and SMS code inside a resident widget (`<wushe-my-volunteering>`,
 * …): `detail` is the signed-in `Resident` (their own mobile, whole). Every resident widget of the
 * page shares the sign-in; only the widget signed in through fires this.
 */
export type WusheResidentSignedInEvent = CustomEvent<Resident>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-resident-signed-in': WusheResidentSignedInEvent;
  }
}
