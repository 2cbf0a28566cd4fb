import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { prefixedId, valuesOf } from '../primitives.js';
import {
  ApproveProposalRequest,
  CallListStatus,
  CreateCallRequest,
  CreateProposalRequest,
  ScoreProposalRequest,
  VoteRequest,
} from '../entities/call.js';
import type { RouteDefinition } from './routes.js';
import { PageQuery } from './pagination.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';

/*
 * Calls (公益创投 / 微创投征集, SPEC §11): a street or the district opens one; organizations
 * propose; reviewers score; residents vote while it is open; closing ranks the proposals by the
 * call's declared blend; approving turns a proposal into a funded project. Every step is audited.
 */

const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
const WRITE_ERRORS = [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found'] as const;
const callById = /* @__PURE__ */ z.strictObject({ id: prefixedId('call') });
const CALL_OPENERS = ['district_admin', 'street_staff'] as const;

/** `GET /v1/calls`: a street's or the district's calls, open, upcoming (not open yet) or closed. */
export const ListCallsQuery = /* @__PURE__ */ z.extend(PageQuery, {
  division: z.optional(checked(z.string(), z.regex(/^\d{6}(\d{3})?$/))),
  status: z.optional(z.enum(valuesOf(CallListStatus))),
});
export type ListCallsQuery = z.input<typeof ListCallsQuery>;

export const listCallsRoute = {
  id: 'listCalls',
  method: 'GET',
  path: '/v1/calls',
  summary: 'Calls for proposals (公益创投 / 微创投征集) by division and status',
  tag: 'calls',
  auth: 'publishable',
  query: ListCallsQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const getCallRoute = {
  id: 'getCall',
  method: 'GET',
  path: '/v1/calls/{id}',
  summary: 'One call with its proposals; vote counts and the ranking only once it has closed',
  tag: 'calls',
  auth: 'publishable',
  params: callById,
  status: 200,
  errors: ['validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const createCallRoute = {
  id: 'createCall',
  method: 'POST',
  path: '/v1/calls',
  summary:
    'Open a call: budget, opening and deadline, the need categories it funds, a weighted rubric, the blend',
  tag: 'calls',
  auth: 'staff',
  permission: {
    roles: CALL_OPENERS,
    scope: { in: 'body', field: 'divisionId', subject: 'division' },
  },
  body: CreateCallRequest,
  status: 201,
  errors: WRITE_ERRORS,
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const createProposalRoute = {
  id: 'createProposal',
  method: 'POST',
  path: '/v1/calls/{id}/proposals',
  summary:
    'An organization proposes a project; after the deadline 409 proposal_deadline_passed, before the opening 409 call_not_open',
  tag: 'calls',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'org_member'],
    scope: { in: 'body', field: 'organizationId', subject: 'organization' },
  },
  params: callById,
  body: CreateProposalRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'proposal_deadline_passed', 'call_not_open'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const scoreProposalRoute = {
  id: 'scoreProposal',
  method: 'POST',
  path: '/v1/calls/{id}/scores',
  summary: "A reviewer of the call scores a proposal on every criterion, within the rubric's range",
  tag: 'calls',
  auth: 'staff',
  permission: { roles: ['reviewer'], scope: { in: 'params', field: 'id', subject: 'call' } },
  params: callById,
  body: ScoreProposalRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'score_out_of_range', 'call_not_open'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const voteInCallRoute = {
  id: 'voteInCall',
  method: 'POST',
  path: '/v1/calls/{id}/votes',
  summary: 'A resident votes for a proposal: one vote per respondent token per call (一户一票)',
  tag: 'calls',
  auth: 'publishable',
  params: callById,
  body: VoteRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...created, 'not_found', 'already_voted', 'call_not_open'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const closeCallRoute = {
  id: 'closeCall',
  method: 'POST',
  path: '/v1/calls/{id}/close',
  summary: "Close a call and rank its proposals by the call's blend of reviewers and votes",
  tag: 'calls',
  auth: 'staff',
  permission: { roles: CALL_OPENERS, scope: { in: 'params', field: 'id', subject: 'call' } },
  params: callById,
  status: 200,
  errors: [...STAFF_ERRORS, ...created, 'validation_failed', 'not_found', 'call_not_open'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const approveProposalRoute = {
  id: 'approveProposal',
  method: 'POST',
  path: '/v1/calls/{id}/approvals',
  summary: 'Approve a proposal of a closed call: it becomes a project, funded by the fund named',
  tag: 'calls',
  auth: 'staff',
  permission: { roles: CALL_OPENERS, scope: { in: 'params', field: 'id', subject: 'call' } },
  params: callById,
  body: ApproveProposalRequest,
  status: 201,
  errors: [...WRITE_ERRORS, 'call_not_closed'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

/** The call routes, spread into `routes`. */
export const callRoutes = {
  listCalls: listCallsRoute,
  getCall: getCallRoute,
  createCall: createCallRoute,
  createProposal: createProposalRoute,
  scoreProposal: scoreProposalRoute,
  voteInCall: voteInCallRoute,
  closeCall: closeCallRoute,
  approveProposal: approveProposalRoute,
} as const;
