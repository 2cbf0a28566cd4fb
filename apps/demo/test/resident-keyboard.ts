// What the residents' end-to-end tests share: the sign-in code the `log` notifier sent (read from
// the dev outbox with the secret key), and moving the focus by keyboard inside a widget.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { staffCall } from './support.js';

/** The latest sign-in code the `log` notifier sent to `to` (the dev outbox, with the secret key). */
export async function latestCode(to: string): Promise<string> {
  const { body } = await staffCall<{
    data: { template: string; params: { code?: string } }[];
  }>('GET', `/v1/dev/outbox?to=${to}`);
  const code = body.data.find((each) => each.template === 'resident_code')?.params.code;
  if (!code) throw new Error(`no sign-in code in the outbox for ${to}`);
  return code;
}

/** Whether the element matching `selector` in `host`'s shadow root has the focus. */
export const focused = (host: Locator, selector: string) =>
  host.evaluate(
    (element, selector) => element.shadowRoot?.activeElement?.matches(selector) === true,
    selector,
  );

/** Presses Tab until `selector` inside `host` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, host: Locator, selector: string) {
  for (let i = 0; i < 80 && !(await focused(host, selector)); i++) await page.keyboard.press('Tab');
  expect(await focused(host, selector), selector).toBe(true);
}
