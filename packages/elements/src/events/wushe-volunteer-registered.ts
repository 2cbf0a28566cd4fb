import type { Volunteer } from '@wushe/schema';

/**
 * `<wushe-volunteer-signup>` registered a volunteer. The detail is the volunteer as the API returned
 * it: the mobile masked, the ID number masked or `null`, with the volunteer `code` to quote.
 */
export type WusheVolunteerRegisteredEvent = CustomEvent<Volunteer>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-volunteer-registered': WusheVolunteerRegisteredEvent;
  }
}
