/**
 * `<wushe-my-volunteering>`: the resident withdrew their consent; their volunteer registration is
 * erased and `cancelledSignups` coming signups were cancelled (recorded hours stay).
 */
export type WusheConsentWithdrawnEvent = CustomEvent<{ readonly cancelledSignups: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-consent-withdrawn': WusheConsentWithdrawnEvent;
  }
}
