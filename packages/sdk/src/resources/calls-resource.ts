import {
  approveProposalRoute,
  closeCallRoute,
  createCallRoute,
  createProposalRoute,
  getCallRoute,
  listCallsRoute,
  scoreProposalRoute,
  voteInCallRoute,
  type ApproveProposalRequest,
  type CreateCallRequest,
  type CreateProposalRequest,
  type ListCallsQuery,
  type ScoreProposalRequest,
  type VoteRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** Calls (公益创投 / 微创投征集, SPEC §11): open, propose, score, vote, close, approve. */
export class CallsResource {
  constructor(private readonly requester: Requester) {}

  /** Calls by the division that opened them and status. */
  list(
    params: ListCallsQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listCallsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listCallsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** One call with its proposals; vote counts and ranks once it has closed. */
  get({ id }: { id: string }, options?: RequestOptions): RouteAnswer<typeof getCallRoute> {
    return this.requester.call(getCallRoute, { params: { id } }, options);
  }

  /** Opens a call (street staff and above, for their street or the district). */
  create(params: CreateCallRequest, options?: RequestOptions): RouteAnswer<typeof createCallRoute> {
    return this.requester.call(createCallRoute, { body: params }, options);
  }

  /** An organization proposes a project, until the call's deadline. */
  propose(
    { id, ...body }: { id: string } & CreateProposalRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createProposalRoute> {
    return this.requester.call(createProposalRoute, { params: { id }, body }, options);
  }

  /** A reviewer of the call scores a proposal on every criterion. */
  score(
    { id, ...body }: { id: string } & ScoreProposalRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof scoreProposalRoute> {
    return this.requester.call(scoreProposalRoute, { params: { id }, body }, options);
  }

  /** A resident's vote: one per respondent token per call (一户一票). */
  vote(
    { id, ...body }: { id: string } & VoteRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof voteInCallRoute> {
    return this.requester.call(voteInCallRoute, { params: { id }, body }, options);
  }

  /** Closes the call and ranks its proposals. */
  close({ id }: { id: string }, options?: RequestOptions): RouteAnswer<typeof closeCallRoute> {
    return this.requester.call(closeCallRoute, { params: { id } }, options);
  }

  /** Approves a proposal of a closed call as a project, funded by the fund named. */
  approve(
    { id, ...body }: { id: string } & ApproveProposalRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof approveProposalRoute> {
    return this.requester.call(approveProposalRoute, { params: { id }, body }, options);
  }
}
