import {
  createActivityRoute,
  listActivitiesRoute,
  updateActivityRoute,
  type Activity,
  type CreateActivityRequest,
  type UpdateActivityRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';
import { loadOrganizations, type OrganizationsData } from '../organization-editor/api.js';

export interface ActivitiesData extends OrganizationsData {
  readonly activities: readonly Activity[];
}

/** How many activities one page shows. */
export const ACTIVITIES_PAGE = 100;

/**
 * The activities of `division` not yet over (a whole district: all), the organizations that may
 * run one there, and the divisions.
 */
export async function loadActivities(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<ActivitiesData> {
  const [page, organizations] = await Promise.all([
    requester.call(
      listActivitiesRoute,
      { query: { ...placeOf(division), limit: ACTIVITIES_PAGE } },
      { signal },
    ),
    loadOrganizations(requester, division, signal),
  ]);
  return { ...organizations, activities: page.data };
}

export const createActivity = (requester: Requester, body: CreateActivityRequest) =>
  requester.call(createActivityRoute, { body });

export const updateActivity = (requester: Requester, id: string, body: UpdateActivityRequest) =>
  requester.call(updateActivityRoute, { params: { id }, body });

/** Cancels for good; every signup is told (the server's part). */
export const cancelActivity = (requester: Requester, id: string) =>
  requester.call(updateActivityRoute, { params: { id }, body: { status: 'cancelled' } });
