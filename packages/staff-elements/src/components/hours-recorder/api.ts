import {
  chinaDate,
  createServiceRecordRoute,
  listActivityCheckInsRoute,
  listRecordableActivitiesRoute,
  MAX_SERVICE_MINUTES,
  type Activity,
  type CreateServiceRecordRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';

/** The activities whose hours may be recorded within the person's scopes, within `division`. */
export async function loadActivities(
  requester: Requester,
  division: string | undefined,
  signal: AbortSignal,
): Promise<Activity[]> {
  const { data } = await requester.call(listRecordableActivitiesRoute, {}, { signal });
  return data.filter((activity) => !division || activity.communityId.startsWith(division));
}

/** The activity's check-in list: the people with a confirmed place. */
export function loadCheckIns(requester: Requester, activityId: string, signal: AbortSignal) {
  return requester.call(listActivityCheckInsRoute, { params: { id: activityId } }, { signal });
}

/** Records service into the time bank (`POST /v1/service-records`). */
export function recordService(requester: Requester, record: CreateServiceRecordRequest) {
  return requester.call(createServiceRecordRoute, { body: record });
}

/** The activity's length in minutes: what a check-in row proposes (at most a day). */
export const activityMinutes = (activity: Activity): number =>
  Math.max(
    1,
    Math.min(
      MAX_SERVICE_MINUTES,
      Math.round((Date.parse(activity.endsAt) - Date.parse(activity.startsAt)) / 60_000),
    ),
  );

/** The day (Beijing) the activity took place: the service date of its check-ins. */
export const activityDay = (activity: Activity): string => chinaDate(new Date(activity.startsAt));
