import type { ListNeedsQuery, LiveEvent, Need, PublicNeedStatus } from '@wushe/schema';
import { followEvents, type ConnectionStatus } from '@wushe/sdk';
import type { LiveSource } from './live.js';

/*
 * The live stream's code, a chunk of its own: `LiveController` loads it after the first render,
 * since nothing live can happen before the list is shown.
 */

const PUBLIC: readonly string[] = ['open', 'claimed', 'fulfilled'] satisfies PublicNeedStatus[];
/** Words are runs of letters, digits and marks, as the server splits a search (`助老`). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Does a need pushed by the live stream belong in a list asked for with `query`? */
export function fits(need: Need, query: ListNeedsQuery): boolean {
  const words = query.q?.toLowerCase().match(WORD) ?? [];
  const text = `${need.title} ${need.description}`.toLowerCase();
  return (
    PUBLIC.includes(need.status) &&
    (!query.street || need.streetId === query.street) &&
    (!query.community || need.communityId === query.community) &&
    (!query.kind || need.kind === query.kind) &&
    (!query.category || need.category === query.category) &&
    (!query.status || need.status === query.status) &&
    words.every((word) => text.includes(word))
  );
}

/** What a live event did to the list, for the announcement. */
export type LiveChange = 'created' | 'claimed' | 'updated';

/**
 * The list after a live event, and what to announce; `undefined` when the event does not touch
 * it. A newly published need that fits the filters comes first; a need that changed is replaced
 * in place (the reader's position stays); one that left the public statuses (`closed`) is dropped.
 */
export function applyLiveEvent(
  needs: readonly Need[],
  event: LiveEvent,
  query: ListNeedsQuery,
): { needs: Need[]; change: LiveChange; need: Need } | undefined {
  if (event.type !== 'need.created' && event.type !== 'need.updated') return undefined;
  const need = event.data;
  const index = needs.findIndex((each) => each.id === need.id);
  if (event.type === 'need.created') {
    return index >= 0 || !fits(need, query)
      ? undefined
      : { needs: [need, ...needs], change: 'created', need };
  }
  if (index < 0) return undefined;
  const next = PUBLIC.includes(need.status)
    ? needs.map((each, at) => (at === index ? need : each))
    : needs.filter((_, at) => at !== index);
  return { needs: next, change: need.status === 'claimed' ? 'claimed' : 'updated', need };
}

/** Subscribes the list to its scope's events; returns the function that unsubscribes. */
export function follow(
  source: LiveSource,
  scope: NonNullable<LiveSource['scope']>,
  onStatus: (status: ConnectionStatus) => void,
): () => void {
  return followEvents(
    source.requester,
    scope,
    (event) => {
      // Events before the list has loaded are in its first page already.
      if (!source.ready) return;
      const applied = applyLiveEvent(source.needs, event, source.query);
      if (applied) source.changed(applied.needs, applied.change, applied.need);
    },
    { onStatus },
  );
}
