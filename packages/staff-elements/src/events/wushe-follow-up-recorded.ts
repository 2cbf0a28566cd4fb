import type { FollowUpOutcome } from '@wushe/schema';

/** A follow-up (回访) was recorded in `<wushe-follow-ups>`: the rating has left the list. */
export interface WusheFollowUpRecordedDetail {
  /** The survey response with the low rating. */
  readonly responseId: string;
  /** The recorded follow-up (`fup_…`). */
  readonly followUpId: string;
  readonly outcome: FollowUpOutcome;
}

export type WusheFollowUpRecordedEvent = CustomEvent<WusheFollowUpRecordedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-follow-up-recorded': WusheFollowUpRecordedEvent;
  }
}
