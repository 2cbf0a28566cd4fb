/**
 * `<wushe-my-volunteering>`: the resident cancelled one of their signups. The server has given
 * the place to the first person waiting, if anyone, and told them.
 */
export type WusheSignupCancelledEvent = CustomEvent<{
  readonly signupId: string;
  readonly activityId: string;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-signup-cancelled': WusheSignupCancelledEvent;
  }
}
