import { fixture, html } from '@open-wc/testing';
import { createClient, type WusheClient } from '@wushe/sdk';
import { DemoIds } from '@wushe/sdk/fixtures';
import { realServer } from './real-server.js';
import '../src/components/survey/survey.js';
import type { WusheSurvey } from '../src/components/survey/survey.js';
export { $$, has, until } from './dom.js';
import { $ as find, has, until } from './dom.js';

/* What the survey's test files share: mounting on the real server, answering, submitting. */

export const SURVEY = DemoIds.survey;
export const SUBJECT = DemoIds.surveySubject;

/** A resident's client on the real server of the test run, through `transport` if given. */
export async function onServer(transport?: typeof fetch): Promise<WusheClient> {
  const { apiBase, publishableKey } = await realServer();
  return createClient({
    baseUrl: apiBase,
    publishableKey,
    ...(transport ? { fetch: transport, maxRetries: 0 } : {}),
  });
}
export const wait = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first match in the survey's shadow root, as an `HTMLElement`. */
export const $ = (el: Element, selector: string): HTMLElement => find(el, selector);
export const radio = (el: WusheSurvey, question: string, value: string | number) =>
  $(el, `input[name=q-${question}][value="${value}"]`) as HTMLInputElement;

export interface Attrs {
  survey?: string;
  subject?: string;
  lang?: string;
  elder?: boolean;
  theme?: string;
}

/** The widget on `client`, or on the real server of the test run. */
export async function mount(client?: WusheClient, attrs: Attrs = {}) {
  client ??= await onServer();
  const el = await fixture<WusheSurvey>(
    html`<wushe-survey
      survey=${attrs.survey ?? SURVEY}
      subject=${attrs.subject ?? SUBJECT}
      lang=${attrs.lang ?? 'zh-CN'}
      ?elder=${attrs.elder ?? false}
      theme=${attrs.theme ?? 'light'}
      .client=${client}
    ></wushe-survey>`,
  );
  await settle(el);
  return el;
}

/** Waits until the survey has loaded (or failed), or the thank-you state shows. */
export async function settle(el: WusheSurvey) {
  await until(
    () => !['idle', 'loading'].includes(el.remote.status) || has(el, '.thanks'),
    'loading',
  );
  await el.updateComplete;
}

export async function answer(el: WusheSurvey, values: Record<string, unknown>) {
  for (const [id, value] of Object.entries(values)) el.form.set(`answers.${id}`, value);
  await el.updateComplete;
}

/** Submits, and waits for the answer: every submission starts with a fresh list of issues. */
export async function submit(el: WusheSurvey) {
  const before = el.form.issues;
  $(el, 'button[type=submit]').click();
  await until(() => el.form.issues !== before && el.form.status !== 'submitting', 'the answer');
  await el.updateComplete;
  await el.updateComplete;
}

/** The real server, whose writes fail as a lost connection does until `online` is set. */
export async function flaky() {
  const state = { online: false };
  const transport: typeof fetch = (input, init) =>
    init?.method === 'POST' && !state.online
      ? Promise.reject(new TypeError('Failed to fetch'))
      : fetch(input, init);
  return { state, client: await onServer(transport) };
}
