import type { WusheClient } from '@wushe/sdk';
import { createFixtureClient, createFixtureFetch } from '@wushe/sdk/fixtures';

/**
 * A fixture client that reads as usual but never answers a write: a story stays in its
 * "submitting" state for a designer to look at.
 */
export function writesNeverAnswer(): WusheClient {
  const fixtureFetch = createFixtureFetch();
  const transport: typeof fetch = (input, init) =>
    init?.method === 'POST' ? new Promise<Response>(() => undefined) : fixtureFetch(input, init);
  return createFixtureClient({ transport, timeoutMs: 2_147_483_647 });
}
