import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@wushe/sdk';
import { until } from '../../elements/test/dom.js';

/** The element that has the focus, inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `wanted` has the focus (keyboard only); fails after `max` presses. */
export async function tabTo(wanted: () => Element | null, what: string, max = 40) {
  for (let press = 0; press < max; press++) {
    if (wanted() && deepActive() === wanted()) return;
    await sendKeys({ press: 'Tab' });
  }
  expect.fail(`Tab never reached ${what}`);
}

/** Waits for the focus to be on `wanted`. */
export const focusOn = (wanted: () => Element | null, what: string) =>
  until(() => wanted() !== null && deepActive() === wanted(), `the focus on ${what}`);

/** A client whose every request the server refuses with the contract's 403 `forbidden`. */
export const refusingClient = () =>
  createClient({
    baseUrl: 'http://127.0.0.1:9',
    fetch: () =>
      Promise.resolve(
        new Response(JSON.stringify({ error: { code: 'forbidden', message: 'no' } }), {
          status: 403,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
  });
