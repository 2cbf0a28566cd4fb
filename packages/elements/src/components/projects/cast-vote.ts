import { voteInCallRoute, type VoteRequest } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/*
 * The vote: its route with the contract's schemas (and zod with them), in a chunk of its own
 * loaded with `import()` when a household votes, not with the page.
 */

/** A household's vote for a proposal: 201 once, 409 `already_voted` after. */
export function castVote(requester: Requester, callId: string, body: VoteRequest) {
  return requester.call(voteInCallRoute, { params: { id: callId }, body });
}
