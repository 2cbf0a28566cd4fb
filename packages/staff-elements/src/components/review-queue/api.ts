import { listNeedsRoute, updateNeedRoute, type Need, type UpdateNeedRequest } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** How many needs awaiting review one page shows. */
export const QUEUE_PAGE = 50;

/**
 * The place a division code names, as the needs list filters it: a community (12 digits), a
 * street (9 digits) or, for a district (6), the whole district.
 */
export function placeOf(division: string): { community?: string; street?: string } {
  if (division.length === 12) return { community: division };
  if (division.length === 9) return { street: division };
  return {};
}

/**
 * The needs awaiting review in `division`, oldest first so the longest waiting is done first.
 * Read from the needs list as the staff session (which sees what residents do not);
 * `GET /v1/staff/queue` will take its place once the server has it.
 */
export async function loadQueue(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<Need[]> {
  const page = await requester.call(
    listNeedsRoute,
    { query: { status: 'pending_review', limit: QUEUE_PAGE, ...placeOf(division) } },
    { signal },
  );
  return [...page.data].reverse();
}

/** A review decision on one need: `PATCH /v1/needs/{id}` (audited with the person and role). */
export function reviewNeed(requester: Requester, id: string, decision: UpdateNeedRequest) {
  return requester.call(updateNeedRoute, { params: { id }, body: decision });
}
