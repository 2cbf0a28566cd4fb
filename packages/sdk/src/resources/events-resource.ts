import { streamEventsRoute, type EventsQuery, type LiveEvent } from '@wushe/schema';
import { errorFromResponse, ConnectionError, type WusheError } from '../errors.js';
import type { Requester } from '../requester.js';
import { retryDelayMs, sleep } from '../retry.js';
import { readSse } from '../sse.js';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface SubscribeOptions {
  /** Ends the subscription, like calling the returned function. */
  readonly signal?: AbortSignal;
  /** Told about every failure; a refusal that retrying cannot fix (401, 403, 400) also ends the subscription. */
  readonly onError?: (error: WusheError) => void;
  /** Told when the stream opens, drops and reconnects: for an "offline, reconnecting…" notice. */
  readonly onStatus?: (status: ConnectionStatus) => void;
}

/** Live events: `need.created`, `need.updated`, `fund.updated`, `activity.updated`. */
export class EventsResource {
  constructor(private readonly requester: Requester) {}

  /**
   * Calls `handler` for every event of the district (narrowed by community, street or fund),
   * reconnecting by itself after a dropped connection or a server restart and resuming from the
   * last event seen (`Last-Event-ID`), so none is lost. Returns a function that unsubscribes.
   */
  subscribe(
    params: EventsQuery,
    handler: (event: LiveEvent) => void,
    options: SubscribeOptions = {},
  ): () => void {
    const query = this.requester.check(streamEventsRoute.query, params) as Record<string, unknown>;
    const url = this.requester.url(streamEventsRoute.path, undefined, query);
    const stop = new AbortController();
    const unsubscribe = () => {
      stop.abort();
    };
    options.signal?.addEventListener('abort', unsubscribe, { once: true });
    void this.run(url, handler, options, stop.signal);
    return unsubscribe;
  }

  private async run(
    url: string,
    handler: (event: LiveEvent) => void,
    options: SubscribeOptions,
    signal: AbortSignal,
  ) {
    const { publishableKey, secretKey, locale } = this.requester.options;
    const key = secretKey ?? publishableKey;
    const doFetch = this.requester.options.fetch ?? globalThis.fetch;
    let lastEventId: string | undefined;
    let serverRetryMs: number | undefined;
    let failures = 0;
    options.onStatus?.('connecting');
    // A function, not the property: the loop body awaits, and the signal may abort meanwhile.
    const stopped = () => signal.aborted;
    while (!stopped()) {
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' };
        if (key) headers.Authorization = `Bearer ${key}`;
        if (locale) headers['Accept-Language'] = locale;
        if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
        const response = await doFetch(url, { headers, signal });
        if (!response.ok || !response.body) {
          const error = errorFromResponse(
            response.status,
            await response.json().catch(() => null),
            response.headers,
          );
          options.onError?.(error);
          // A refusal is final; a busy or failing server is tried again.
          if (response.status < 500 && response.status !== 429) break;
          throw error;
        }
        failures = 0;
        options.onStatus?.('open');
        for await (const message of readSse(response.body, (ms) => (serverRetryMs = ms))) {
          if (message.id !== undefined) lastEventId = message.id;
          try {
            handler(JSON.parse(message.data) as LiveEvent);
          } catch {
            // A handler's own error must not end the subscription.
          }
        }
      } catch (error) {
        if (stopped()) break;
        if (!(error instanceof Error && 'status' in error)) {
          options.onError?.(
            new ConnectionError({
              code: 'connection_failed',
              status: 0,
              message: 'The live event stream dropped',
              cause: error,
            }),
          );
        }
      }
      if (stopped()) break;
      options.onStatus?.('reconnecting');
      const delay = serverRetryMs ?? retryDelayMs(Math.min(failures, 4)) ?? 8_000;
      failures += 1;
      await sleep(delay, signal).catch(() => undefined);
    }
    options.onStatus?.('closed');
  }
}
