import type { EventsQuery, LiveEvent } from '@wushe/schema';
import { streamEvents } from '@wushe/schema/wire';
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

/**
 * Follows the live events of `query` as `EventsResource.subscribe` does, without checking the query
 * in the browser first (the server does, and refuses a bad one with a 400 told to `onError`): for
 * a widget's live updates, which then load no schema. Returns a function that unsubscribes.
 */
export function followEvents(
  requester: Requester,
  query: EventsQuery,
  handler: (event: LiveEvent) => void,
  options: SubscribeOptions = {},
): () => void {
  const url = requester.url(streamEvents.path, undefined, query);
  const stop = new AbortController();
  const unsubscribe = () => {
    stop.abort();
  };
  options.signal?.addEventListener('abort', unsubscribe, { once: true });
  void run(requester, url, handler, options, stop.signal);
  return unsubscribe;
}

async function run(
  requester: Requester,
  url: string,
  handler: (event: LiveEvent) => void,
  options: SubscribeOptions,
  signal: AbortSignal,
) {
  const { publishableKey, secretKey, locale } = requester.options;
  const key = secretKey ?? publishableKey;
  const doFetch = requester.options.fetch ?? globalThis.fetch;
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
