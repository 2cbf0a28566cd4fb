import { streamEventsRoute, type EventsQuery, type LiveEvent } from '@wushe/schema';
import { checkInput } from '../check.js';
import type { Requester } from '../requester.js';
import { followEvents, type SubscribeOptions } from './live-events.js';

export { followEvents, type ConnectionStatus, type SubscribeOptions } from './live-events.js';

/** Live events: `need.created`, `need.updated`, `fund.updated`, `activity.updated`. */
export class EventsResource {
  constructor(private readonly requester: Requester) {}

  /**
   * Calls `handler` for every event of the district (narrowed by community, street or fund),
   * reconnecting by itself after a dropped connection or a server restart and resuming from the
   * last event seen (`Last-Event-ID`), so none is lost. Returns a function that unsubscribes.
   * The query is checked with the contract first (a `ValidationError`, thrown).
   */
  subscribe(
    params: EventsQuery,
    handler: (event: LiveEvent) => void,
    options: SubscribeOptions = {},
  ): () => void {
    const query = checkInput(this.requester, streamEventsRoute.query, params) as EventsQuery;
    return followEvents(this.requester, query, handler, options);
  }
}
