import {
  approveProposalRoute,
  closeCallRoute,
  createCallRoute,
  createDisbursementRoute,
  getCallRoute,
  getNeedRoute,
  listCallsRoute,
  listDivisionsRoute,
  listStaffFundsRoute,
  type Call,
  type CallDetail,
  type CreateCallRequest,
  type CreateDisbursementRequest,
  type Disbursement,
  type DivisionTree,
  type Project,
  type StaffFund,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** How many calls one load lists, and how many funds a fund picker offers. */
export const CALLS_PAGE = 50;
export const FUNDS_PAGE = 100;

/**
 * The division whose calls the desk shows for the division picked: the district's own (all of its
 * calls), or a street's; a community's street (calls are opened by streets and the district).
 */
export const callScopeOf = (division: string): string =>
  division.length > 9 ? division.slice(0, 9) : division;

/** What the desk's list shows: the calls of its scope, newest first, and the divisions' names. */
export interface CallsView {
  readonly calls: readonly Call[];
  readonly tree: DivisionTree;
}

/**
 * The calls of `division`'s scope, open and closed (`GET /v1/calls`; the district's scope lists
 * every call of the district), and the division tree, for the divisions a call may be opened in.
 */
export async function loadCalls(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<CallsView> {
  const scope = callScopeOf(division);
  const [page, tree] = await Promise.all([
    requester.call(
      listCallsRoute,
      { query: { limit: CALLS_PAGE, ...(scope.length === 9 ? { division: scope } : {}) } },
      { signal },
    ),
    requester.call(listDivisionsRoute, {}, { signal }),
  ]);
  return { calls: page.data, tree };
}

/** A call's page: the call with its proposals, the titles of the needs they answer, the funds. */
export interface CallPage {
  readonly call: CallDetail;
  /** The title of each need a proposal names, by id (a need no longer public is left out). */
  readonly needTitles: ReadonlyMap<string, string>;
  /** The funds of the call's division and those within it, to fund an approved proposal. */
  readonly funds: readonly StaffFund[];
}

/**
 * One call (`GET /v1/calls/{id}`: the vote counts and ranks only once it has closed), the needs
 * its proposals answer, and the funds staff may pay its projects from (`GET /v1/staff/funds`).
 */
export async function loadCallPage(
  requester: Requester,
  id: string,
  signal: AbortSignal,
): Promise<CallPage> {
  const call = await requester.call(getCallRoute, { params: { id } }, { signal });
  const needIds = [...new Set(call.proposals.flatMap((proposal) => proposal.needIds))];
  const [funds, ...needs] = await Promise.all([
    requester.call(
      listStaffFundsRoute,
      { query: { division: call.divisionId, limit: FUNDS_PAGE } },
      { signal },
    ),
    ...needIds.map((needId) =>
      requester
        .call(getNeedRoute, { params: { id: needId } }, { signal })
        .then((need) => [need.id, need.title] as const)
        .catch(() => undefined),
    ),
  ]);
  return {
    call,
    needTitles: new Map(needs.filter((need) => need !== undefined)),
    funds: funds.data,
  };
}

/** Opens a call: `POST /v1/calls` (the server checks the person may, for that division). */
export const openCall = (requester: Requester, body: CreateCallRequest): Promise<Call> =>
  requester.call(createCallRoute, { body });

/** Closes a call: `POST /v1/calls/{id}/close`; the call with the ranking the server computed. */
export const closeCall = (requester: Requester, id: string): Promise<CallDetail> =>
  requester.call(closeCallRoute, { params: { id } });

/** Approves a ranked proposal as a project, funded by `fundId`: `POST /v1/calls/{id}/approvals`. */
export const approveProposal = (
  requester: Requester,
  callId: string,
  body: { proposalId: string; fundId?: string },
): Promise<Project> => requester.call(approveProposalRoute, { params: { id: callId }, body });

/** Pays a project from a fund: `POST /v1/funds/{id}/disbursements` (public on its ledger). */
export const disburse = (
  requester: Requester,
  fundId: string,
  body: CreateDisbursementRequest,
): Promise<Disbursement> =>
  requester.call(createDisbursementRoute, { params: { id: fundId }, body });
