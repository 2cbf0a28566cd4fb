/**
 * `<wushe-projects>`: a resident's vote in an open call (一户一票) was recorded. Not sent when the
 * server refuses it (a second vote from this household, 409 `already_voted`): nothing new was
 * recorded then. The counts stay hidden until the call closes.
 */
export interface WusheVoteCastDetail {
  readonly callId: string;
  readonly proposalId: string;
  readonly createdAt: string;
}

export type WusheVoteCastEvent = CustomEvent<WusheVoteCastDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-vote-cast': WusheVoteCastEvent;
  }
}
