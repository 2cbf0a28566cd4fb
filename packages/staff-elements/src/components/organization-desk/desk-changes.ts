import type { Call, Claim, MatchedNeed, OrganizationDesk, Project, Proposal } from '@wushe/schema';

/*
 * The desk as the server answered each action: the claim, the proposal or the project read back
 * is put in its place, so the desk need not be loaded again.
 */

/** The desk once the organization claimed `entry`'s need with `claim`. */
export function withClaim(desk: OrganizationDesk, entry: MatchedNeed, claim: Claim) {
  const taken: MatchedNeed = {
    ...entry,
    need: {
      ...entry.need,
      status: 'claimed',
      claim: {
        id: claim.id,
        claimantType: claim.claimantType,
        claimantName: claim.claimantName,
        claimedAt: claim.createdAt,
      },
    },
    claimedByUs: true,
  };
  return {
    ...desk,
    matchedNeeds: desk.matchedNeeds.map((each) => (each.need.id === entry.need.id ? taken : each)),
  };
}

/** The desk once `proposal` was sent to `call`: the newest of its proposals, submitted. */
export const withProposal = (desk: OrganizationDesk, call: Call, proposal: Proposal) => ({
  ...desk,
  proposals: [{ call, proposal, progress: 'submitted' as const }, ...desk.proposals],
});

/** The desk with `project` as read again (after a progress update). */
export const withProject = (desk: OrganizationDesk, project: Project) => ({
  ...desk,
  projects: desk.projects.map((each) => (each.id === project.id ? project : each)),
});
