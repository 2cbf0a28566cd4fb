import {
  claimNeedAsOrganizationRoute,
  createProposalRoute,
  getOrganizationDeskRoute,
  getStaffMeRoute,
  listCallsRoute,
  listOrganizationsRoute,
  type Call,
  type Claim,
  type CreateProposalRequest,
  type OrganizationDesk,
  type Proposal,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';

/** How many open calls, and how many organizations to pick from, one load lists. */
export const CALLS_PAGE = 50;
export const ORGANIZATIONS_PAGE = 100;

/** An organization the person may open the desk of. */
export interface OrganizationChoice {
  readonly id: string;
  readonly name: string;
}

/** What the desk shows: the organization's desk, the open calls, and whom else it could show. */
export interface DeskView {
  /** `undefined` when the person may open no organization's desk. */
  readonly desk: OrganizationDesk | undefined;
  readonly calls: readonly Call[];
  /** The organizations the person may pick among (more than one: a picker shows). */
  readonly choices: readonly OrganizationChoice[];
}

/**
 * The organizations whose desk the person may open, when the page names none: those of their
 * `org_member` grants; with none (a district admin), the organizations of `division`. Names are
 * read only when there is a choice to make.
 */
async function organizationChoices(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<OrganizationChoice[]> {
  const me = await requester.call(getStaffMeRoute, {}, { signal });
  const granted = me.roles.filter((grant) => grant.role === 'org_member').map((g) => g.scope);
  if (granted.length === 1) return [{ id: granted[0]!, name: '' }];
  const page = await requester.call(
    listOrganizationsRoute,
    {
      query: { ...(granted.length > 0 ? {} : placeOf(division)), limit: ORGANIZATIONS_PAGE },
    },
    { signal },
  );
  const listed = page.data.map(({ id, name }) => ({ id, name }));
  return granted.length > 0 ? listed.filter((each) => granted.includes(each.id)) : listed;
}

/** Whose desk to load: the page's `organization`, else the one `picked`, in `division`. */
export interface DeskTarget {
  readonly organization: string;
  readonly picked: string;
  readonly division: string;
}

/**
 * The desk of the page's organization (or, with none given, of the one picked or the first the
 * person may open) and the district's open calls.
 */
export async function loadDesk(
  requester: Requester,
  { organization, picked, division }: DeskTarget,
  signal: AbortSignal,
): Promise<DeskView> {
  const choices = organization ? [] : await organizationChoices(requester, division, signal);
  const id = organization || (choices.find((each) => each.id === picked) ?? choices[0])?.id;
  if (!id) return { desk: undefined, calls: [], choices };
  const [desk, calls] = await Promise.all([
    requester.call(getOrganizationDeskRoute, { params: { id } }, { signal }),
    requester.call(listCallsRoute, { query: { status: 'open', limit: CALLS_PAGE } }, { signal }),
  ]);
  return { desk, calls: calls.data, choices };
}

/** Takes a need matched to the organization as the organization (`POST …/organization-claims`). */
export function claimNeed(
  requester: Requester,
  needId: string,
  organizationId: string,
): Promise<Claim> {
  return requester.call(claimNeedAsOrganizationRoute, {
    params: { id: needId },
    body: { organizationId },
  });
}

/** Proposes a project to an open call (`POST /v1/calls/{id}/proposals`). */
export function propose(
  requester: Requester,
  callId: string,
  body: CreateProposalRequest,
): Promise<Proposal> {
  return requester.call(createProposalRoute, { params: { id: callId }, body });
}
