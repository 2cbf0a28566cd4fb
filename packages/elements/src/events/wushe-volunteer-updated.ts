import type { MyVolunteer } from '@wushe/schema';

/** `<wushe-my-volunteering>`: the resident corrected their registration; `detail` is the result. */
export type WusheVolunteerUpdatedEvent = CustomEvent<MyVolunteer>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-volunteer-updated': WusheVolunteerUpdatedEvent;
  }
}
