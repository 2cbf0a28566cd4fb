/** What `<wushe-call-desk>` did to a call. */
export type CallDeskAction = 'opened' | 'closed' | 'approved' | 'funded';

/** Staff opened or closed a call in `<wushe-call-desk>`, approved a proposal or paid its project. */
export interface WusheCallUpdatedDetail {
  readonly callId: string;
  readonly action: CallDeskAction;
  /** The proposal approved, or whose project was paid. */
  readonly proposalId?: string;
  /** The project the proposal became. */
  readonly projectId?: string;
  /** The payment recorded on the fund's ledger. */
  readonly disbursementId?: string;
}

export type WusheCallUpdatedEvent = CustomEvent<WusheCallUpdatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-call-updated': WusheCallUpdatedEvent;
  }
}
