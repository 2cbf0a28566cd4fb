import * as z from 'zod/mini';
import { CommunityCode, prefixedId, StreetCode, valuesOf } from '../primitives.js';
import { Call, Proposal } from './call.js';
import { Need } from './need.js';
import { Project } from './project.js';
import { NeedMatch } from './resource.js';

/** How far an organization's proposal has come: sent, ranked when its call closed, or funded. */
export const ProposalProgress = {
  submitted: 'submitted',
  ranked: 'ranked',
  approved: 'approved',
} as const;
export type ProposalProgress = (typeof ProposalProgress)[keyof typeof ProposalProgress];

/** A need staff matched to one of the organization's resources (供需对接), and whether it took it. */
export const MatchedNeed = /* @__PURE__ */ z.object({
  need: Need,
  /** The organization's own matches of the need (one per resource), oldest first. */
  matches: z.array(NeedMatch),
  /** The organization took the need as itself (its claim is the need's shown claim). */
  claimedByUs: z.boolean(),
});
export type MatchedNeed = z.infer<typeof MatchedNeed>;

/** One of the organization's proposals, with its call and how far it has come. */
export const DeskProposal = /* @__PURE__ */ z.object({
  call: Call,
  proposal: Proposal,
  progress: z.enum(valuesOf(ProposalProgress)),
});
export type DeskProposal = z.infer<typeof DeskProposal>;

/**
 * `GET /v1/organizations/{id}/desk`: what an organization's member works on — the needs matched
 * to it, its proposals to calls and its projects, each newest first and at most `DESK_LIMIT`.
 */
export const OrganizationDesk = /* @__PURE__ */ z.object({
  organization: z.object({
    id: prefixedId('org'),
    name: z.string(),
    communityId: z.nullable(CommunityCode),
    streetId: z.nullable(StreetCode),
  }),
  matchedNeeds: z.array(MatchedNeed),
  proposals: z.array(DeskProposal),
  projects: z.array(Project),
});
export type OrganizationDesk = z.infer<typeof OrganizationDesk>;

/** How many matched needs, proposals and projects the desk lists, each (the newest). */
export const DESK_LIMIT = 50;
