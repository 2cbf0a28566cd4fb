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

/**
 * A client whose every answer is `status` with `body`: for a state the demo data cannot record
 * (a list that is empty).
 */
export const answering = (status: number, body: unknown): WusheClient =>
  createClient({
    baseUrl: 'https://fixtures.wushe.invalid',
    maxRetries: 0,
    fetch: () =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
  });

/** Waits until `selector` shows in the story's `tag`; its element. */
export async function shows(canvas: HTMLElement, tag: string, selector: string) {
  await reaches(tag, selector)({ canvasElement: canvas });
  return rootOf(canvas, tag).querySelector<HTMLElement>(selector)!;
}
