import type { CallDetail, ListProjectsQuery } from '@wushe/schema';
import { getCall, getProject, listCalls, listProjects } from '@wushe/schema/wire';
import type { Requester } from '@wushe/sdk';

/*
 * The projects widget's reads, in a chunk of their own, sent by the routes' wire parts (no
 * schemas, no zod: the server checks them); its vote, with the contract's schemas, is
 * `cast-vote.ts`, loaded when a household votes.
 */

/** One page of projects for the filters in force (`cursor` for the pages after the first). */
export function fetchProjects(
  requester: Requester,
  query: ListProjectsQuery,
  cursor: string | undefined,
  signal: AbortSignal,
) {
  return requester.send(listProjects, { query: cursor ? { ...query, cursor } : query }, { signal });
}

/** One project with its progress updates, money and satisfaction. */
export function fetchProject(requester: Requester, id: string, signal: AbortSignal) {
  return requester.send(getProject, { params: { id } }, { signal });
}

/**
 * The calls residents of `divisions` (a street, and its district) may see: every open one (the
 * server's `status=open` leaves out a call whose opening is still ahead), and the latest closed
 * one with its ranking, each with its proposals.
 */
export async function fetchCalls(
  requester: Requester,
  divisions: readonly string[],
  signal: AbortSignal,
): Promise<CallDetail[]> {
  const listed = (status: 'open' | 'closed') =>
    Promise.all(
      divisions.map((division) =>
        requester.send(listCalls, { query: { division, status } }, { signal }),
      ),
    ).then((pages) => pages.flatMap((page) => page.data));
  const [open, closedCalls] = await Promise.all([listed('open'), listed('closed')]);
  const closed = closedCalls
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))
    .slice(0, 1);
  return Promise.all(
    [...open, ...closed].map((call) =>
      requester.send(getCall, { params: { id: call.id } }, { signal }),
    ),
  );
}
