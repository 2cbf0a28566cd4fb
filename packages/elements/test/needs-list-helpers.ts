// What the <wushe-needs-list> test files share: making a list, waiting for it, finding its parts.
import { fixture, html } from '@open-wc/testing';
import { createClient, type WusheClient } from '@wushe/sdk';
import { createReplayClient, DemoIds, type ReplayClientOptions } from '@wushe/sdk/fixtures';
import needsList from '@wushe/sdk/recordings/needs-list.json' with { type: 'json' };
import { realServer } from './real-server.js';
import '../src/components/needs-list/needs-list.js';
import type { WusheNeedsList } from '../src/components/needs-list/needs-list.js';
export { $, $$, has, until } from './dom.js';
import { $, $$, until } from './dom.js';

/** 番禺区南村镇锦绣香江社区, the demo seed's community the recordings are about. */
export const COMMUNITY = DemoIds.community;

/** The list as the real server answered it (recording `needs-list`), in a network state. */
export const recorded = (options: ReplayClientOptions = {}) =>
  createReplayClient(needsList, options);

/** A resident's client on the real server of the test run (demo seed, publishable key). */
export async function onServer(): Promise<WusheClient> {
  const { apiBase, publishableKey } = await realServer();
  return createClient({ baseUrl: apiBase, publishableKey });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the list has loaded (or failed) and rendered. */
export async function settle(el: WusheNeedsList): Promise<void> {
  await el.updateComplete;
  await until(() => el.remote.status !== 'loading' && el.remote.status !== 'idle', 'the list');
  await el.updateComplete;
}

/** Is this dialog there and shown? */
export const isOpen = (el: WusheNeedsList, name: 'claim' | 'report' | 'post') =>
  el.shadowRoot!.querySelector<HTMLDialogElement>(`dialog.${name}`)?.open === true;
export const cards = (el: WusheNeedsList) => $$(el, 'article[part=card]');
export const live = (el: WusheNeedsList) => $(el, '[part=live]').textContent.trim();
export const focused = (el: WusheNeedsList) => el.shadowRoot!.activeElement;
/** The list's internal state a test may watch (not public API). */
export const inside = (el: WusheNeedsList) =>
  el as unknown as { pages: { needs: { id: string }[] }; live: { status: string } };

export async function make(
  client: WusheClient = recorded(),
  attrs: {
    lang?: string;
    elder?: boolean;
    pageSize?: number;
    paging?: string;
    community?: string;
  } = {},
): Promise<WusheNeedsList> {
  const el = await fixture<WusheNeedsList>(
    html`<wushe-needs-list
      community=${attrs.community ?? COMMUNITY}
      lang=${attrs.lang ?? 'zh-CN'}
      page-size=${attrs.pageSize ?? 20}
      paging=${attrs.paging ?? 'auto'}
      ?elder=${attrs.elder ?? false}
      .client=${client}
    ></wushe-needs-list>`,
  );
  await settle(el);
  return el;
}

/** Types into a field as a resident would (the `input` event the form listens to). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Clicks `opener` and waits for its dialog (loaded on first open) to be shown. */
export async function openDialog(
  el: WusheNeedsList,
  name: 'claim' | 'report' | 'post',
  opener: HTMLElement = $(el, `[part=${name}-button]`),
): Promise<HTMLDialogElement> {
  opener.click();
  await until(() => isOpen(el, name), name);
  return $<HTMLDialogElement>(el, `dialog.${name}`);
}
