import type { Need } from '@wushe/schema';

/** A resident posted a need from `<wushe-needs-list>`; it waits for staff review (`pending_review`). */
export type WusheNeedSubmittedDetail = Need;

export type WusheNeedSubmittedEvent = CustomEvent<WusheNeedSubmittedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-need-submitted': WusheNeedSubmittedEvent;
  }
}
