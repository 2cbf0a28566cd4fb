// The one way the elements' tests look into a widget's shadow root and wait for what a resident
// would see, built on @open-wc/testing's `waitUntil` (instead of a polling loop per test file).
import { waitUntil } from '@open-wc/testing';

/** How long a test waits for a widget by default: loading on two busy cores may take seconds. */
const TIMEOUT_MS = 5000;

/** Waits until `check` holds; fails naming `what` it waited for. */
export async function until(check: () => boolean, what: string, timeout = TIMEOUT_MS) {
  await waitUntil(check, `timed out waiting for ${what}`, { interval: 20, timeout });
}

/** The first element matching `selector` in `host`'s shadow root (a failing lookup is `null`). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  return host.shadowRoot!.querySelector<T>(selector) as T;
}

/** Every element matching `selector` in `host`'s shadow root. */
export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Whether `selector` matches in `host`'s shadow root: a boolean reads well in a failed assertion. */
export const has = (host: Element, selector: string): boolean =>
  host.shadowRoot!.querySelector(selector) !== null;

/** The trimmed text of the first match in `host`'s shadow root ('' when there is none). */
export const textOf = (host: Element, selector: string): string =>
  host.shadowRoot!.querySelector(selector)?.textContent.trim() ?? '';

/** Waits for `selector` to match in `host`'s shadow root, and returns the element. */
export async function findIn<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout = TIMEOUT_MS,
): Promise<T> {
  await until(() => has(host, selector), selector, timeout);
  return $<T>(host, selector);
}

/** Waits until the first match of `selector` in `host`'s shadow root contains `text`. */
export async function waitForText(
  host: Element,
  selector: string,
  text: string,
  timeout = TIMEOUT_MS,
): Promise<HTMLElement> {
  await until(() => textOf(host, selector).includes(text), `"${text}" in ${selector}`, timeout);
  return $(host, selector);
}
