// Mounting <wushe-my-needs> and <wushe-my-donations> on the real server of the test run, and
// what a resident posts or gives from this page with her own mobile, so the lists have her
// records: a need (reviewed by staff with the secret key), a donation (a pledge, confirmed or not).
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { requestExamples } from '@wushe/schema/examples';
import type { Donation, Need } from '@wushe/schema';
import { DemoIds } from '@wushe/sdk/fixtures';
import { realServer, staff } from './real-server.js';
import { $, findIn, until } from './dom.js';
import { freshMobile, latestCode, signInFromPage } from './resident-sign-in.js';
import { setResidentSession } from '../src/internal/resident-session.js';
import type { ResidentListElement } from '../src/internal/resident-list-element.js';
import '../src/components/my-needs/my-needs.js';
import '../src/components/my-donations/my-donations.js';

/** Sends `POST path` from this page with the demo publishable key and a fresh idempotency key. */
async function postFromPage<T>(path: string, body: unknown): Promise<T> {
  const { apiBase, publishableKey } = await realServer();
  const answer = await fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${publishableKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`POST ${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

/** A service need posted with `mobile` as its contact; it waits for review. */
export const postNeed = (mobile: string, title: string) =>
  postFromPage<Need>('/v1/needs', {
    ...requestExamples.createNeed,
    kind: 'service',
    valueFen: undefined,
    title,
    contact: { name: '陈秀英', mobile },
  });

/** Staff move a need on (approve it, reject it with a reason, mark it fulfilled). */
export async function review(needId: string, status: string, reason?: string): Promise<void> {
  const answer = await staff('PATCH', `/v1/needs/${needId}`, { status, reason });
  if (answer.status !== 200) throw new Error(`review: ${JSON.stringify(answer.body)}`);
}

/** A pledge of `amountFen` to the demo fund with `mobile`, a receipt asked for in `title`'s name. */
export const donate = async (mobile: string, amountFen: number, title?: string) =>
  (
    await postFromPage<{ donation: Donation }>('/v1/donations', {
      ...requestExamples.createDonation,
      fundId: DemoIds.directFund,
      amountFen,
      donor: { ...requestExamples.createDonation.donor, mobile },
      receipt: title ? { title } : undefined,
    })
  ).donation;

export interface MountOptions {
  readonly lang?: string;
  readonly elder?: boolean;
  /** Another API (an unreachable one, for the offline state). */
  readonly apiBase?: string;
}

/** `tag` on the real server; resolves once it is done loading (or shows the sign-in). */
export async function mount<T extends Tag>(
  tag: T,
  options: MountOptions = {},
): Promise<HTMLElementTagNameMap[T]> {
  const { apiBase, publishableKey } = await realServer();
  const widget = document.createElement(tag);
  widget.setAttribute('api-base', options.apiBase ?? apiBase);
  widget.setAttribute('publishable-key', publishableKey);
  widget.setAttribute('lang', options.lang ?? 'zh-CN');
  widget.setAttribute('theme', 'light');
  widget.toggleAttribute('elder', options.elder ?? false);
  const el = await fixture<HTMLElementTagNameMap[T]>(html`${widget}`);
  await settled(el);
  return el;
}

/** Waits until the widget is not loading. */
export async function settled(el: ResidentListElement<unknown>): Promise<void> {
  await until(() => el.remote.status !== 'loading', 'loading', 10_000);
  await el.updateComplete;
  await el.updateComplete;
}

type Tag = 'wushe-my-needs' | 'wushe-my-donations';

const focused = (el: Element, selector: string) =>
  el.shadowRoot!.activeElement?.matches(selector) === true;

/** Presses Tab until `selector` has the focus, as a keyboard user would. */
export async function tabTo(el: Element, selector: string): Promise<void> {
  for (let i = 0; i < 40 && !focused(el, selector); i++) await sendKeys({ press: 'Tab' });
  expect(focused(el, selector), selector).to.equal(true);
}

/** Signs `mobile` in through the widget's form by keyboard: the mobile, Enter, the code, Enter. */
export async function signInByKeyboard(el: ResidentListElement<unknown>, mobile: string) {
  await tabTo(el, '#sign-in-mobile');
  await sendKeys({ type: mobile });
  await sendKeys({ press: 'Enter' });
  await findIn(el, '#sign-in-code');
  await sendKeys({ type: await latestCode(mobile) });
  await sendKeys({ press: 'Enter' });
  await until(() => el.remote.status === 'ready', 'the list', 10_000);
  await settled(el);
}

/** Signs `mobile` in from this page, as if through a widget a moment ago. */
export async function signedIn(mobile: string): Promise<void> {
  const { apiBase, publishableKey } = await realServer();
  setResidentSession(`${apiBase}|${publishableKey}`, await signInFromPage(mobile));
}

/** `tag` signed in against an API that cannot be reached: offline, with a retry that tries again. */
export async function mountOffline(tag: Tag): Promise<ResidentListElement<unknown>> {
  const session = await signInFromPage(freshMobile());
  const { publishableKey } = await realServer();
  const unreachable = 'http://127.0.0.1:9';
  setResidentSession(`${unreachable}|${publishableKey}`, session);
  const el = await mount(tag, { apiBase: unreachable });
  await findIn(el, '[part=state-offline]', 15_000);
  $(el, '[part=retry]').click();
  await el.updateComplete;
  expect(el.remote.status, 'the retry loads again').to.equal('loading');
  await findIn(el, '[part=state-offline]', 15_000);
  return el;
}

/** Whether defining `tag` again, or a second copy of its class, leaves the first definition. */
export async function definesOnce(tag: Tag, copyUrl: string, exported: string): Promise<void> {
  const { defineElement } = await import('../src/internal/define.js');
  const first = customElements.get(tag)!;
  const copy = (await import(copyUrl)) as Record<string, CustomElementConstructor>;
  expect(() => defineElement(tag, first)).not.to.throw();
  expect(() => defineElement(tag, copy[exported]!)).not.to.throw();
  expect(customElements.get(tag)).to.equal(first);
}
