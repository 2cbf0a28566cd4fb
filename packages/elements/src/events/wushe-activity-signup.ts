import type { Signup } from '@wushe/schema';

/**
 * `<wushe-volunteer-signup activity="act_…">` signed someone up for the activity: `status` is
 * `confirmed`, or `waitlisted` with a `waitlistPosition`.
 */
export type WusheActivitySignupEvent = CustomEvent<Signup>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-activity-signup': WusheActivitySignupEvent;
  }
}
