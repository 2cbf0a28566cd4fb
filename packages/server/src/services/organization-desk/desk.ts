import { and, desc, eq, inArray, max } from 'drizzle-orm';
import {
  DESK_LIMIT,
  type DeskProposal,
  type MatchedNeed,
  type OrganizationDesk,
  type ProposalProgress,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import {
  calls,
  needMatches,
  needs,
  organizations,
  projects,
  proposals,
} from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { presentMatch } from '../linkage/need-matches.js';
import { isPublicNeed, toNeed } from '../needs/present.js';
import { shownClaims } from '../needs/store.js';
import { toCall, toProposal } from '../calls/present.js';
import { projectsWithOrganization, toProject } from '../projects/present.js';

type ProposalRow = typeof proposals.$inferSelect;

/** How far a proposal has come: funded as a project, ranked once its call closed, or sent. */
export function proposalProgress(row: ProposalRow, callClosed: boolean): ProposalProgress {
  if (row.projectId) return 'approved';
  return callClosed && row.result ? 'ranked' : 'submitted';
}

/**
 * The needs staff matched to the organization's resources, the latest match first: only needs
 * the public may see (a need closed or hidden since is gone from the desk), each with the
 * organization's own matches and whether it is the need's shown claimant.
 */
async function matchedNeeds(
  tx: Executor,
  districtCode: string,
  organizationId: string,
): Promise<MatchedNeed[]> {
  const mine = and(
    eq(needMatches.organizationId, organizationId),
    eq(needMatches.districtCode, districtCode),
  );
  const latest = await tx
    .select({ needId: needMatches.needId, at: max(needMatches.createdAt) })
    .from(needMatches)
    .where(mine)
    .groupBy(needMatches.needId)
    .orderBy(desc(max(needMatches.createdAt)), desc(needMatches.needId))
    .limit(DESK_LIMIT);
  const ids = latest.map((row) => row.needId);
  if (ids.length === 0) return [];
  const [rows, matchRows, claims, [organization]] = await Promise.all([
    tx.select().from(needs).where(inArray(needs.id, ids)),
    tx
      .select()
      .from(needMatches)
      .where(and(mine, inArray(needMatches.needId, ids)))
      .orderBy(needMatches.createdAt, needMatches.id),
    shownClaims(tx, ids),
    tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, organizationId)),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row || !isPublicNeed(row)) return [];
    const claim = claims.get(id);
    return [
      {
        need: toNeed(row, claim),
        matches: matchRows
          .filter((match) => match.needId === id)
          .map((match) => presentMatch(match, organization!.name)),
        claimedByUs:
          claim?.claimantType === 'organization' && claim.organizationId === organizationId,
      },
    ];
  });
}

/** The organization's proposals, newest first, each with its call and how far it has come. */
async function deskProposals(
  tx: Executor,
  districtCode: string,
  organizationId: string,
  organizationName: string,
): Promise<DeskProposal[]> {
  const rows = await tx
    .select({ proposal: proposals, call: calls })
    .from(proposals)
    .innerJoin(calls, eq(calls.id, proposals.callId))
    .where(and(eq(proposals.organizationId, organizationId), eq(calls.districtCode, districtCode)))
    .orderBy(desc(proposals.createdAt), desc(proposals.id))
    .limit(DESK_LIMIT);
  return rows.map(({ proposal, call }) => {
    const closed = call.status === 'closed';
    return {
      call: toCall(call),
      proposal: toProposal(proposal, organizationName, closed),
      progress: proposalProgress(proposal, closed),
    };
  });
}

/**
 * `GET /v1/organizations/{id}/desk`: what the organization's member works on (the route binder
 * has checked the caller's grant covers the organization). Another district's organization is 404.
 */
export async function organizationDesk(
  tx: Executor,
  districtCode: string,
  organizationId: string,
  now: Date,
): Promise<OrganizationDesk> {
  const [organization] = await tx
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.districtCode, districtCode)));
  if (!organization) throw new DomainError('not_found');
  const [matched, proposed, projectRows] = await Promise.all([
    matchedNeeds(tx, districtCode, organizationId),
    deskProposals(tx, districtCode, organizationId, organization.name),
    projectsWithOrganization(tx)
      .where(
        and(eq(projects.organizationId, organizationId), eq(projects.districtCode, districtCode)),
      )
      .orderBy(desc(projects.startsOn), desc(projects.id))
      .limit(DESK_LIMIT),
  ]);
  return {
    organization: {
      id: organization.id,
      name: organization.name,
      communityId: organization.communityCode,
      streetId: organization.streetCode,
    },
    matchedNeeds: matched,
    proposals: proposed,
    projects: projectRows.map((row) => toProject(row, now)),
  };
}
