import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { CommunityCode, fen, prefixedId, text, Timestamp, valuesOf } from '../primitives.js';
import { NeedCategory } from './need.js';

/**
 * A call takes proposals and votes from its `opensAt` until staff close it; closing ranks its
 * proposals. `upcoming` is a list filter only (an open call whose `opensAt` is still ahead).
 */
export const CallStatus = { open: 'open', closed: 'closed' } as const;
export type CallStatus = (typeof CallStatus)[keyof typeof CallStatus];

/** `GET /v1/calls?status=`: open (opened and not closed), upcoming (not opened yet) or closed. */
export const CallListStatus = { ...CallStatus, upcoming: 'upcoming' } as const;
export type CallListStatus = (typeof CallListStatus)[keyof typeof CallListStatus];

/** What a call funds: 公益创投 or 微创投 projects. */
export const CallKind = { venture: 'venture', microVenture: 'micro_venture' } as const;
export type CallKind = (typeof CallKind)[keyof typeof CallKind];

/** The lowest score of every criterion; the highest is the criterion's `maxScore`. */
export const CRITERION_MIN_SCORE = 0;

/** One weighted criterion of a rubric (e.g. 需求调研 30), scored `CRITERION_MIN_SCORE` to `maxScore`. */
export const Criterion = /* @__PURE__ */ z.strictObject({
  id: checked(z.string(), z.regex(/^[a-z][a-z0-9_]{0,31}$/)),
  name: text(1, 40),
  weight: checked(z.number(), z.int(), z.gte(1), z.lte(100)),
  maxScore: checked(z.number(), z.int(), z.gte(1), z.lte(100)),
});
export type Criterion = z.infer<typeof Criterion>;

/** The default blend of a call's ranking (SPEC §11): 70% reviewers, 30% public vote. */
export const DEFAULT_CALL_WEIGHTS = { reviewers: 70, votes: 30 } as const;

const Weight = /* @__PURE__ */ checked(z.number(), z.int(), z.gte(0), z.lte(100));

/**
 * `POST /v1/calls`: a street or the district opens a call. It takes proposals and votes from
 * `opensAt` (default: when it is created), which must come before `proposalsCloseAt`.
 */
export const CreateCallRequest = /* @__PURE__ */ checked(
  z.strictObject({
    /** The street (9 digits) or district (6) that opens it. */
    divisionId: checked(z.string(), z.regex(/^\d{6}(\d{3})?$/)),
    title: text(4, 80),
    kind: z.enum(valuesOf(CallKind)),
    budgetFen: fen(1),
    opensAt: z.optional(Timestamp),
    proposalsCloseAt: Timestamp,
    needCategories: checked(z.array(z.enum(valuesOf(NeedCategory))), z.minLength(1)),
    rubric: checked(z.array(Criterion), z.minLength(1), z.maxLength(10)),
    weights: z.optional(z.strictObject({ reviewers: Weight, votes: Weight })),
  }),
  check(
    (call: { opensAt?: string | undefined; proposalsCloseAt: string }) =>
      call.opensAt === undefined || Date.parse(call.opensAt) < Date.parse(call.proposalsCloseAt),
    'ends_before_start',
    { path: ['opensAt'], dependsOn: ['opensAt', 'proposalsCloseAt'] },
  ),
);
export type CreateCallRequest = z.input<typeof CreateCallRequest>;

/** `POST /v1/calls/{id}/proposals`: an organization proposes a project for needs. */
export const CreateProposalRequest = /* @__PURE__ */ z.strictObject({
  organizationId: prefixedId('org'),
  title: text(4, 80),
  summary: text(10, 2000),
  communityIds: checked(z.array(CommunityCode), z.minLength(1), z.maxLength(20)),
  needIds: z._default(checked(z.array(prefixedId('need')), z.maxLength(20)), []),
  budgetFen: fen(1),
});
export type CreateProposalRequest = z.input<typeof CreateProposalRequest>;

/** `POST /v1/calls/{id}/scores`: a reviewer scores one proposal on every criterion. */
export const ScoreProposalRequest = /* @__PURE__ */ z.strictObject({
  proposalId: prefixedId('prp'),
  scores: z.record(z.string(), z.number()),
});
export type ScoreProposalRequest = z.input<typeof ScoreProposalRequest>;

/** `POST /v1/calls/{id}/votes`: one vote per respondent token per call (一户一票). */
export const VoteRequest = /* @__PURE__ */ z.strictObject({
  proposalId: prefixedId('prp'),
  respondentToken: checked(z.string(), z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
});
export type VoteRequest = z.input<typeof VoteRequest>;

/** `POST /v1/calls/{id}/approvals`: a ranked proposal becomes a funded project. */
export const ApproveProposalRequest = /* @__PURE__ */ z.strictObject({
  proposalId: prefixedId('prp'),
  fundId: z.optional(prefixedId('fund')),
});
export type ApproveProposalRequest = z.input<typeof ApproveProposalRequest>;

/** A proposal as the public sees it; vote counts and ranks only once the call has closed. */
export const Proposal = /* @__PURE__ */ z.object({
  id: prefixedId('prp'),
  organizationId: prefixedId('org'),
  organizationName: z.string(),
  title: z.string(),
  summary: z.string(),
  communityIds: z.array(CommunityCode),
  needIds: z.array(prefixedId('need')),
  budgetFen: fen(),
  createdAt: Timestamp,
  projectId: z.nullable(prefixedId('prj')),
  /** After closing: the blend's parts and result, and the rank (1 = first). */
  result: z.nullable(
    z.object({
      rank: z.number(),
      votes: z.number(),
      voteShare: z.number(),
      reviewerScore: z.number(),
      blendedScore: z.number(),
    }),
  ),
});
export type Proposal = z.infer<typeof Proposal>;

export const Call = /* @__PURE__ */ z.object({
  id: prefixedId('call'),
  divisionId: z.string(),
  title: z.string(),
  kind: z.enum(valuesOf(CallKind)),
  budgetFen: fen(),
  /** From when it takes proposals and votes. */
  opensAt: Timestamp,
  proposalsCloseAt: Timestamp,
  needCategories: z.array(z.enum(valuesOf(NeedCategory))),
  rubric: z.array(Criterion),
  weights: z.object({ reviewers: z.number(), votes: z.number() }),
  status: z.enum(valuesOf(CallStatus)),
  closedAt: z.nullable(Timestamp),
});
export type Call = z.infer<typeof Call>;

export const CallDetail = /* @__PURE__ */ z.extend(Call, { proposals: z.array(Proposal) });
export type CallDetail = z.infer<typeof CallDetail>;

/** A vote's receipt: the count stays hidden until the call closes. */
export const Vote = /* @__PURE__ */ z.object({
  callId: prefixedId('call'),
  proposalId: prefixedId('prp'),
  createdAt: Timestamp,
});
export type Vote = z.infer<typeof Vote>;

export const ProposalScore = /* @__PURE__ */ z.object({
  proposalId: prefixedId('prp'),
  scores: z.record(z.string(), z.number()),
  /** Σ weight × score / maxScore ÷ Σ weight: 0–1. */
  normalized: z.number(),
});
export type ProposalScore = z.infer<typeof ProposalScore>;
