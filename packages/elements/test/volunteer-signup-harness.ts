// Mounting, filling and sending <wushe-volunteer-signup> in its tests (registration and activity
// signup), on recordings of the real server or on the real server of the test run itself.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createReplayClient, DemoIds, type ReplayClientOptions } from '@wushe/sdk/fixtures';
import volunteerRegister from '@wushe/sdk/recordings/volunteer-register.json' with { type: 'json' };
import type { WusheClient } from '@wushe/sdk';
import { realServer } from './real-server.js';
import '../src/components/volunteer-signup/volunteer-signup.js';
import type { WusheVolunteerSignup } from '../src/components/volunteer-signup/volunteer-signup.js';
export { until } from './dom.js';
import { until } from './dom.js';

export const COMMUNITY = DemoIds.community;

/** The registration as the real server answered it (recording `volunteer-register`). */
export const recorded = (options: ReplayClientOptions = {}) =>
  createReplayClient(volunteerRegister, options);

/** The widget's attributes for the real server of the test run (its address and key). */
export const onServer = async (attrs: Attrs = {}): Promise<Attrs> => ({
  ...attrs,
  server: await realServer(),
});

export const $ = (el: WusheVolunteerSignup, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
export const input = (el: WusheVolunteerSignup, selector: string) =>
  $(el, selector) as HTMLInputElement;
export const select = (el: WusheVolunteerSignup, selector: string) =>
  $(el, selector) as HTMLSelectElement;
export const focused = (el: WusheVolunteerSignup, selector: string) =>
  el.shadowRoot!.activeElement?.matches(selector) === true;

export interface Attrs {
  activity?: string;
  lang?: string;
  elder?: boolean;
  theme?: string;
  /** The real server's address and key, instead of a client. */
  server?: { apiBase: string; publishableKey: string };
}

export async function mount(
  client?: WusheClient,
  attrs: Attrs = {},
): Promise<WusheVolunteerSignup> {
  const el = await fixture<WusheVolunteerSignup>(
    html`<wushe-volunteer-signup
      community=${COMMUNITY}
      activity=${attrs.activity ?? ''}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      theme=${attrs.theme ?? 'light'}
      api-base=${attrs.server?.apiBase ?? ''}
      publishable-key=${attrs.server?.publishableKey ?? ''}
      .client=${attrs.server ? undefined : (client ?? recorded())}
    ></wushe-volunteer-signup>`,
  );
  await until(() => el.remote.status !== 'loading' && el.remote.status !== 'idle', 'loading');
  await el.updateComplete;
  return el;
}

/** Fills the form as a program would; the keyboard tests do it by keys. */
export async function fill(el: WusheVolunteerSignup, values: Partial<typeof el.form.values>) {
  for (const [name, value] of Object.entries(values)) el.form.set(name, value);
  await el.updateComplete;
}

export async function submit(el: WusheVolunteerSignup) {
  $(el, 'button[type=submit]').click();
  await until(() => el.form.status !== 'submitting', 'the answer');
  await el.updateComplete;
  await el.updateComplete;
}

/** Presses Tab until `selector` has the focus, as a keyboard user would. */
export async function tabTo(el: WusheVolunteerSignup, selector: string) {
  for (let i = 0; i < 80 && !focused(el, selector); i++) await sendKeys({ press: 'Tab' });
  expect(focused(el, selector), selector).to.equal(true);
}

/** Tabs to each field in turn and types into it, or presses a key (Space, Enter) on it. */
export async function byKeyboard(el: WusheVolunteerSignup, steps: [string, string][]) {
  for (const [selector, keys] of steps) {
    await tabTo(el, selector);
    await sendKeys(keys === 'Space' || keys === 'Enter' ? { press: keys } : { type: keys });
  }
}

/** A mobile nobody else in this run has: the real server is shared by every test file. */
export const freshMobile = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
