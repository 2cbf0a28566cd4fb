// What the <wushe-resources> and <wushe-projects> tests share: a client on the real server of the
// test run, a client whose every request fails (a 500 with a request id, or a lost connection),
// and waiting for a widget's first load.
import { createClient, type WusheClient } from '@wushe/sdk';
import { realServer } from './real-server.js';
import { until } from './dom.js';

/** A resident's client on the real server of the test run (demo seed, publishable key). */
export async function onServer(): Promise<WusheClient> {
  const { apiBase, publishableKey } = await realServer();
  return createClient({ baseUrl: apiBase, publishableKey });
}

/**
 * The real server behind a switch: while `failing`, every request fails as `mode` says (a 500
 * with a request id, or a lost connection); `requests` counts what the widget asked.
 */
export async function failingServer(mode: 'error' | 'offline') {
  const { apiBase, publishableKey } = await realServer();
  const server = { failing: true, requests: 0, client: undefined as unknown as WusheClient };
  const transport: typeof fetch = async (input, init) => {
    server.requests++;
    if (!server.failing) return fetch(input, init);
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    const error = { code: 'internal_error', message: '服务器出错', requestId: 'req_testFailure' };
    return new Response(JSON.stringify({ error }), {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
  };
  server.client = createClient({
    baseUrl: apiBase,
    publishableKey,
    fetch: transport,
    maxRetries: 0,
  });
  return server;
}

/** Waits until a widget's first load is done (or failed) and rendered. */
export async function loaded(el: HTMLElement & { remote: { status: string } }): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await until(() => !['idle', 'loading'].includes(el.remote.status), 'the first load', 15_000);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}
