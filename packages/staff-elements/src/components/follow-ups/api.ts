import {
  listStaffQueueRoute,
  recordFollowUpRoute,
  type FollowUpRecord,
  type QueueItem,
  type RecordFollowUpRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** One low rating to call back, as the `follow_ups` work list gives it. */
export type FollowUpItem = Extract<QueueItem, { kind: 'follow_ups' }>;

/** How many follow-ups one page shows. */
export const FOLLOW_UPS_PAGE = 50;

/** Whether an item is in `division`: a community (12 digits), a street (9) or the district (6). */
export function inDivision(item: FollowUpItem, division: string): boolean {
  if (division.length === 12) return item.communityId === division;
  if (division.length === 9) return item.streetId === division;
  return true;
}

/**
 * The overdue first (the longest overdue at the top), then by deadline: what must be called back
 * soonest leads. The server gives the list oldest first; this only lifts what is late.
 */
export function overdueFirst(items: readonly FollowUpItem[]): FollowUpItem[] {
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.dueOn.localeCompare(b.dueOn) ||
      a.since.localeCompare(b.since),
  );
}

/**
 * The follow-ups waiting in `division`, from `GET /v1/staff/queue?kind=follow_ups` (which the
 * server narrows to the caller's scopes and gives each its 15-working-day deadline).
 */
export async function loadFollowUps(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<FollowUpItem[]> {
  const page = await requester.call(
    listStaffQueueRoute,
    { query: { kind: 'follow_ups', limit: FOLLOW_UPS_PAGE } },
    { signal },
  );
  const items = page.data.filter((item): item is FollowUpItem => item.kind === 'follow_ups');
  return overdueFirst(items.filter((item) => inDivision(item, division)));
}

/** Records a follow-up done: `POST /v1/staff/follow-ups/{id}` (audited with the person). */
export function recordFollowUp(
  requester: Requester,
  responseId: string,
  record: RecordFollowUpRequest,
): Promise<FollowUpRecord> {
  return requester.call(recordFollowUpRoute, { params: { id: responseId }, body: record });
}
