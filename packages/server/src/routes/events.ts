import { streamSSE } from 'hono/streaming';
import { routes, type LiveEvent } from '@wushe/schema';
import { messagesFor } from '../http/errors.js';
import { authenticate, parse, type RouteHandlers } from '../http/route.js';

/** A comment line every so often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** What a client waits before reconnecting after the stream drops. */
const RETRY_MS = 3_000;

/**
 * `GET /v1/events`: Server-Sent Events of the key's district, narrowed by community, street or
 * fund. A reconnecting client sends `Last-Event-ID` and first receives what it missed.
 */
export const eventHandlers = {
  streamEvents: async (c, deps) => {
    const route = routes.streamEvents;
    const auth = await authenticate(c, deps, route);
    const query = parse(
      route.query,
      c.req.query(),
      messagesFor(c.req.header('Accept-Language')),
    ) as {
      community?: string;
      street?: string;
      fund?: string;
    };
    const lastEventId = Number(c.req.header('Last-Event-ID') ?? Number.NaN);
    const afterId = Number.isSafeInteger(lastEventId) && lastEventId >= 0 ? lastEventId : undefined;
    c.header('Cache-Control', 'no-cache, no-transform');
    c.header('X-Accel-Buffering', 'no');

    // Subscribe before the response starts: an event committed the moment a client sees the
    // stream open is then already queued for it, never missed.
    const queue: LiveEvent[] = [];
    let closed = false;
    let wake: (() => void) | undefined;
    const nudge = () => {
      wake?.();
    };
    const unsubscribe = await deps.events.subscribe(
      { districtCode: auth.districtCode, ...query },
      afterId,
      (event) => {
        queue.push(event);
        nudge();
      },
      () => {
        closed = true;
        nudge();
      },
    );

    return streamSSE(c, async (stream) => {
      stream.onAbort(() => {
        closed = true;
        nudge();
      });
      await stream.write(`retry: ${RETRY_MS}\n: connected\n\n`);
      while (!closed) {
        for (let event = queue.shift(); event; event = queue.shift()) {
          await stream.writeSSE({ id: event.id, event: event.type, data: JSON.stringify(event) });
        }
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            resolve(true);
          }, HEARTBEAT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = undefined;
        // `closed` may have been set by the hub or an abort while we waited.
        if (timedOut && !(closed as boolean)) await stream.write(': ping\n\n');
      }
      unsubscribe();
    });
  },
} satisfies Partial<RouteHandlers>;
