import {
  listStaffQueueRoute,
  type QueueCounts,
  type QueueItem,
  type QueueKind,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** How many items of a work list one page shows. */
export const QUEUE_PAGE = 50;

/** One work list's page as a staff widget shows it: the items of `kind`, and every list's count. */
export interface QueueView<K extends QueueKind> {
  readonly items: Extract<QueueItem, { kind: K }>[];
  readonly counts: QueueCounts;
}

/**
 * Whether an item lies within `division` (a district's 6 digits, a street's 9, a community's 12):
 * the server narrows every list to the person's scopes, and the console's division picker narrows
 * it further to the place being worked on. No division: everything the person may see.
 */
export function withinDivision(
  item: { communityId: string | null; streetId: string | null },
  division: string | undefined,
): boolean {
  if (!division || division.length === 6) return true;
  if (division.length === 9) return item.streetId === division;
  return item.communityId === division;
}

/** The first page of the work list `kind` (`GET /v1/staff/queue`), oldest first, within `division`. */
export async function loadQueue<K extends QueueKind>(
  requester: Requester,
  kind: K,
  division: string | undefined,
  signal: AbortSignal,
): Promise<QueueView<K>> {
  const page = await requester.call(
    listStaffQueueRoute,
    { query: { kind, limit: QUEUE_PAGE } },
    { signal },
  );
  const items = page.data.filter(
    (item): item is Extract<QueueItem, { kind: K }> =>
      item.kind === kind && withinDivision(item, division),
  );
  return { items, counts: page.counts };
}
