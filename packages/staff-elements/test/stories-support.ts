import { expect, waitFor } from 'storybook/test';
import { createClient, type WusheClient } from '@wushe/sdk';

/**
 * A client whose every answer is `status` with `body`: for the states the demo data cannot
 * record (a refusal by the contract's 403, an ended session's 401, a list that is empty).
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

export const refusing = () =>
  answering(403, { error: { code: 'forbidden', message: '无权访问', requestId: 'req_story' } });

export const sessionEnded = () =>
  answering(401, {
    error: { code: 'session_expired', message: '登录已失效', requestId: 'req_story' },
  });

/** The shadow root of the first `tag` in the story. */
export const rootOf = (canvas: HTMLElement, tag: string) => canvas.querySelector(tag)!.shadowRoot!;

/** Waits until `selector` shows in the story's `tag`; its element. */
export async function shows(canvas: HTMLElement, tag: string, selector: string) {
  await waitFor(() => expect(rootOf(canvas, tag).querySelector(selector)).not.toBeNull(), {
    timeout: 5_000,
  });
  return rootOf(canvas, tag).querySelector<HTMLElement>(selector)!;
}

/** A story's check: `selector` shows in `tag`. */
export const reaches =
  (tag: string, selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await shows(canvasElement, tag, selector);
  };
