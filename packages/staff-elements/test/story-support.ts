import { createClient, type WusheClient } from '@wushe/sdk';
import { expect, waitFor } from 'storybook/test';

/**
 * A client whose server refuses everything with `status` and the contract's error `code`: the
 * forbidden (403) and signed-out (401) states, which the demo data has no account to record.
 */
export function refusingClient(
  status: 403 | 401,
  code: 'forbidden' | 'session_expired',
): WusheClient {
  const refuse = () =>
    Promise.resolve(
      new Response(JSON.stringify({ error: { code, message: code, requestId: 'req_story' } }), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  return createClient({ baseUrl: 'https://fixtures.wushe.invalid', fetch: refuse });
}

/** A story's check: `selector` shows in the shadow root of the story's `tag`. */
export const reaches =
  (tag: string, selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await waitFor(
      () =>
        expect(
          canvasElement.querySelector(tag)?.shadowRoot?.querySelector(selector),
        ).not.toBeNull(),
      { timeout: 5_000 },
    );
  };

/** The shadow root of the story's `tag`. */
export const rootOf = (canvas: HTMLElement, tag: string): ShadowRoot =>
  canvas.querySelector(tag)!.shadowRoot!;
