/** A need was matched to a resource in `<wushe-need-matcher>`; the organization is being told. */
export interface WusheNeedMatchedDetail {
  readonly needId: string;
  /** The match (`mtc_…`). */
  readonly matchId: string;
  readonly resourceId: string;
  readonly organizationId: string;
}

export type WusheNeedMatchedEvent = CustomEvent<WusheNeedMatchedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-need-matched': WusheNeedMatchedEvent;
  }
}
