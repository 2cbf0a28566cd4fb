import {
  getCallRoute,
  getProjectRoute,
  listCallsRoute,
  listProjectsRoute,
  voteInCallRoute,
  type CallDetail,
  type ListProjectsQuery,
  type VoteRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/*
 * The projects widget's calls, in a chunk of their own with the contract's schemas (zod): Lit,
 * the SDK and the widget's templates arrive first and show the loading state meanwhile.
 */

/** One page of projects for the filters in force (`cursor` for the pages after the first). */
export function fetchProjects(
  requester: Requester,
  query: ListProjectsQuery,
  cursor: string | undefined,
  signal: AbortSignal,
) {
  return requester.call(
    listProjectsRoute,
    { query: cursor ? { ...query, cursor } : query },
    { signal },
  );
}

/** One project with its progress updates, money and satisfaction. */
export function fetchProject(requester: Requester, id: string, signal: AbortSignal) {
  return requester.call(getProjectRoute, { params: { id } }, { signal });
}

/**
 * The calls residents of `divisions` (a street, and its district) may see: every open one, and
 * the latest closed one with its ranking, each with its proposals.
 */
export async function fetchCalls(
  requester: Requester,
  divisions: readonly string[],
  signal: AbortSignal,
): Promise<CallDetail[]> {
  const pages = await Promise.all(
    divisions.map((division) =>
      requester.call(listCallsRoute, { query: { division } }, { signal }),
    ),
  );
  const calls = pages.flatMap((page) => page.data);
  const open = calls.filter((call) => call.status === 'open');
  const closed = calls
    .filter((call) => call.status === 'closed')
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))
    .slice(0, 1);
  return Promise.all(
    [...open, ...closed].map((call) =>
      requester.call(getCallRoute, { params: { id: call.id } }, { signal }),
    ),
  );
}

/** A household's vote for a proposal: 201 once, 409 `already_voted` after. */
export function castVote(requester: Requester, callId: string, body: VoteRequest) {
  return requester.call(voteInCallRoute, { params: { id: callId }, body });
}
