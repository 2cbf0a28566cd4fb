/** A reviewer scored a proposal in `<wushe-proposal-scoring>`: it has left their list. */
export interface WusheProposalScoredDetail {
  readonly callId: string;
  readonly proposalId: string;
  /** The criterion ids and the scores given. */
  readonly scores: Readonly<Record<string, number>>;
  /** The weighted score the server computed, 0–1. */
  readonly normalized: number;
}

export type WusheProposalScoredEvent = CustomEvent<WusheProposalScoredDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-proposal-scored': WusheProposalScoredEvent;
  }
}
