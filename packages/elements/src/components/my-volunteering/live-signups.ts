import type { Requester } from '@wushe/sdk';
import { fetchedPart } from '../../internal/load-state.js';
import type { LiveFollow } from '../../internal/live-follow.js';
import type { RemoteController } from '../../internal/remote.js';
import type { ResidentSessionController } from '../../internal/resident-session-controller.js';
import type { MyVolunteering } from './api.js';

/** What the live signups read of `<wushe-my-volunteering>`, read when used. */
export interface LiveSignupsSource {
  readonly requester: () => Requester;
  readonly session: ResidentSessionController;
  readonly remote: RemoteController<MyVolunteering>;
  /** Her signups were read again: show them. */
  readonly update: () => void;
}

const live = fetchedPart(() => import('../../internal/live-activities.js'), 'live signups');

/**
 * My signups, live: while a resident's signups are shown, the district's public stream is
 * followed, and when one of her activities' places move (`activity.updated`: someone cancelled,
 * the first person waiting took the place) her own signups are read again with her token, so a
 * place she was promoted to shows without a reload. The public event says nothing of who.
 */
export const mySignupsToFollow = (source: LiveSignupsSource) => (): LiveFollow | undefined => {
  const { session, remote } = source;
  const token = session.session?.token;
  if (!token || remote.status !== 'ready') return undefined;
  const requester = source.requester();
  /** Whether `activityId` is one she holds or waits for a place at. */
  const isMine = (activityId: string) =>
    (remote.value?.signups ?? []).some(
      (signup) => signup.activity.id === activityId && signup.status !== 'cancelled',
    );
  const reread = async () => {
    const { readMySignups } = await import('./api.js');
    const signups = await readMySignups(session);
    const current = remote.value;
    if (!current || session.session?.token !== token) return;
    remote.value = { ...current, signups };
    source.update();
  };
  return {
    key: `${requester.options.baseUrl}|${token}`,
    start: async () =>
      (await live()).followActivities(requester, {}, isMine, () => {
        // Offline for a moment, or signed out: the next event, or a reload, shows it.
        reread().catch(() => undefined);
      }),
  };
};
