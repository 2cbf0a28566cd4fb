import {
  createMatchRoute,
  listNeedMatchesRoute,
  listNeedsRoute,
  listResourcesRoute,
  type CreateMatchRequest,
  type Need,
  type NeedCategory,
  type NeedMatch,
  type Resource,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';

/** How many needs one load shows, and how many resources one search lists. */
export const NEEDS_PAGE = 20;
export const RESOURCES_PAGE = 20;

/** An open need and the resources it was matched to (none yet: it waits to be matched). */
export interface NeedToMatch {
  readonly need: Need;
  readonly matches: readonly NeedMatch[];
}

/** What the matcher shows: open needs (unmatched first), and needs an organization took. */
export interface MatcherView {
  readonly open: readonly NeedToMatch[];
  readonly taken: readonly Need[];
}

/**
 * The approved (`open`) needs of `division` with the matches of each (`GET /v1/needs/{id}/matches`,
 * which the server refuses outside the person's scope), the unmatched first; and the needs of the
 * division an organization has taken, with its name as the public sees it.
 */
export async function loadMatcher(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<MatcherView> {
  const place = placeOf(division);
  const [open, claimed] = await Promise.all(
    (['open', 'claimed'] as const).map((status) =>
      requester.call(
        listNeedsRoute,
        { query: { ...place, status, limit: NEEDS_PAGE } },
        { signal },
      ),
    ),
  );
  const withMatches = await Promise.all(
    open!.data.map(async (need) => {
      const { data } = await requester.call(
        listNeedMatchesRoute,
        { params: { id: need.id } },
        { signal },
      );
      return { need, matches: data };
    }),
  );
  return {
    open: [...withMatches].sort(
      (a, b) => Number(a.matches.length > 0) - Number(b.matches.length > 0),
    ),
    taken: claimed!.data.filter((need) => need.claim?.claimantType === 'organization'),
  };
}

/** The published resources serving the need's community, by category and search words. */
export async function searchResources(
  requester: Requester,
  need: Need,
  search: { category: NeedCategory | ''; q: string },
): Promise<Resource[]> {
  const page = await requester.call(listResourcesRoute, {
    query: {
      community: need.communityId,
      limit: RESOURCES_PAGE,
      ...(search.category ? { category: search.category } : {}),
      ...(search.q ? { q: search.q } : {}),
    },
  });
  return page.data;
}

/** Links the need to a resource: `POST /v1/needs/{id}/matches` (audited; the organization is told). */
export function matchNeed(
  requester: Requester,
  needId: string,
  body: CreateMatchRequest,
): Promise<NeedMatch> {
  return requester.call(createMatchRoute, { params: { id: needId }, body });
}
