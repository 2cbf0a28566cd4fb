import type { Activity } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { fetchedPart } from '../../internal/load-state.js';
import type { LiveFollow } from '../../internal/live-follow.js';

const live = fetchedPart(() => import('../../internal/live-activities.js'), 'live places');

/**
 * The activity's places, live: while an activity is shown (`activity()`, once loaded), its
 * community's public stream is followed and each `activity.updated` of it is handed to `changed`
 * (places left, the waitlist, and whether the person who just signed up was promoted).
 */
export const followActivity =
  (
    requester: () => Requester,
    activity: () => Pick<Activity, 'id' | 'communityId'> | undefined,
    changed: (activity: Activity) => void,
  ) =>
  (): LiveFollow | undefined => {
    const shown = activity();
    if (!shown) return undefined;
    const api = requester();
    return {
      key: `${api.options.baseUrl}|${shown.id}`,
      start: async () =>
        (await live()).followActivities(
          api,
          { community: shown.communityId },
          (id) => id === shown.id,
          changed,
        ),
    };
  };
