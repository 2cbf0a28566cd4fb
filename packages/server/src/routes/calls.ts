import type { RouteBindOptions, RouteHandlers } from '../http/route.js';
import { approveProposal, closeCall } from '../services/calls/decide.js';
import { createCall, listCalls } from '../services/calls/open.js';
import { createProposal, scoreProposal, voteInCall } from '../services/calls/participate.js';
import { callDetail, callFor } from '../services/calls/present.js';
import { voteInOneStatement } from '../services/calls/vote-in-one-statement.js';

/** Calls (公益创投 / 微创投征集, SPEC §11): who may do each step is declared on its route. */
export const callHandlers = {
  listCalls: ({ tx, auth, query, deps }) => listCalls(tx, auth.districtCode, query, deps.now()),
  getCall: async ({ tx, auth, params }) =>
    callDetail(tx, await callFor(tx, auth.districtCode, params.id)),
  createCall: (ctx) => createCall(ctx, ctx.body),
  createProposal: (ctx) => createProposal(ctx, ctx.params.id, ctx.body),
  scoreProposal: (ctx) => scoreProposal(ctx, ctx.params.id, ctx.body),
  voteInCall: (ctx) => voteInCall(ctx, ctx.params.id, ctx.body),
  closeCall: (ctx) => closeCall(ctx, ctx.params.id),
  approveProposal: (ctx) => approveProposal(ctx, ctx.params.id, ctx.body),
} satisfies Partial<RouteHandlers>;

/** A household's keyed vote is one statement while the call is known and open (see `voteInOneStatement`). */
export const callBindOptions = {
  voteInCall: { oneStatement: voteInOneStatement },
} satisfies RouteBindOptions;
