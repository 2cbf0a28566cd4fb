import type { Activity, EventsQuery } from '@wushe/schema';
import { followEvents, type Requester } from '@wushe/sdk';

/**
 * Follows the live stream (`GET /v1/events`, narrowed by `query`) for `activity.updated`: an
 * activity's places moved (a signup cancelled, someone waiting promoted, staff changed it). The
 * event is public and carries the activity's counts, never who; `onActivity` is called for the
 * activities `wanted` picks. The SDK reconnects by itself and resumes from the last event seen.
 * Returns the function that stops following.
 */
export function followActivities(
  requester: Requester,
  query: EventsQuery,
  wanted: (activityId: string) => boolean,
  onActivity: (activity: Activity) => void,
): () => void {
  return followEvents(requester, query, (event) => {
    if (event.type === 'activity.updated' && wanted(event.data.id)) onActivity(event.data);
  });
}
