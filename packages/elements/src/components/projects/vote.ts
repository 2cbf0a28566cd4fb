import type { Requester } from '@wushe/sdk';
import { WusheError } from '@wushe/sdk';
import {
  answeredBefore,
  callBallot,
  markAnswered,
  respondentFor,
} from '../../internal/respondent.js';

/** Where a household's vote in one call stands. */
export type Ballot =
  | { readonly kind: 'open' }
  | { readonly kind: 'sending'; readonly proposalId: string }
  /** Recorded now, for this proposal. */
  | { readonly kind: 'voted'; readonly proposalId: string }
  /** Voted before: remembered by this browser, or refused by the server (`refusal`). */
  | { readonly kind: 'before'; readonly refusal?: string }
  /** Not recorded for another reason (offline, a server error): the resident may try again. */
  | { readonly kind: 'failed'; readonly proposalId: string; readonly error: WusheError };

/** What the votes need of their widget. */
export interface VoteHost {
  readonly requester: Requester;
  requestUpdate(): void;
  /** A vote went in: the widget tells the page (`wushe-vote-cast`). */
  voted(detail: { callId: string; proposalId: string; createdAt: string }): void;
  reportError(error: WusheError): void;
}

/**
 * The public vote of open calls (一户一票): one respondent token per call kept in this browser —
 * the same mechanism as the survey's 一事一评 (internal/respondent.ts) — sent with the vote. The
 * server counts one vote per token per call and refuses a second (409 `already_voted`); the
 * widget then says so in the server's words. Counts stay hidden until the call closes.
 */
export class Votes {
  private readonly ballots = new Map<string, Ballot>();

  constructor(private readonly host: VoteHost) {}

  /** This household's ballot in `callId`. */
  of(callId: string): Ballot {
    return (
      this.ballots.get(callId) ??
      (answeredBefore(callBallot(callId)) ? { kind: 'before' } : { kind: 'open' })
    );
  }

  /** Votes for `proposalId` in `callId`, once: a press while a vote is on its way is ignored. */
  async cast(callId: string, proposalId: string): Promise<void> {
    const now = this.of(callId);
    if (now.kind === 'sending' || now.kind === 'voted' || now.kind === 'before') return;
    this.set(callId, { kind: 'sending', proposalId });
    const ballot = callBallot(callId);
    // Kept before sending: a vote whose answer is lost is refused as a repeat, never counted twice.
    const { token } = respondentFor(ballot);
    try {
      const { castVote } = await import('./cast-vote.js');
      const vote = await castVote(this.host.requester, callId, {
        proposalId,
        respondentToken: token,
      });
      markAnswered(ballot);
      this.set(callId, { kind: 'voted', proposalId });
      this.host.voted({ callId, proposalId, createdAt: vote.createdAt });
    } catch (caught) {
      const error =
        caught instanceof WusheError
          ? caught
          : new WusheError({ code: 'unknown_error', status: 0, message: String(caught) });
      if (error.code === 'already_voted') {
        markAnswered(ballot);
        this.set(callId, { kind: 'before', refusal: error.message });
      } else {
        this.set(callId, { kind: 'failed', proposalId, error });
      }
      this.host.reportError(error);
    }
  }

  private set(callId: string, ballot: Ballot): void {
    this.ballots.set(callId, ballot);
    this.host.requestUpdate();
  }
}
