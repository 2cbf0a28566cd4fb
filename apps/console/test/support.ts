// What the console's end-to-end tests share: the stack, one Chromium per file, watched pages
// (errors, CSP violations, the scripts they download), keyboard-only moves, and axe.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, inject } from 'vitest';
import { callApi, demoTotpCode } from '@wushe/server/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM helpers shared with the start script, without type declarations
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';

export const stack = inject('stack');
export const CONSOLE = `${stack.api}/console/`;

/** The demo seed's places (packages/server/src/seed/demo). */
export const DEMO = { jinxiu: '440113104001', panyu: '440113' } as const;

export function useBrowser(): { readonly browser: Browser } {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    holder.browser = await chromium.launch({
      executablePath: (chromiumPath as () => string)(),
      args: CHROMIUM_ARGS as string[],
    });
  });
  afterAll(async () => {
    await holder.browser.close();
  });
  return holder;
}

interface Probe {
  __violations: string[];
}

/** A console page that records errors, CSP violations and every script it downloads (gzip). */
export async function openConsole(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts = new Map<string, number>();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A 401 from GET /v1/staff/me is how the console learns nobody is signed in.
    if (message.type() === 'error' && !message.text().includes('401'))
      errors.push(`console: ${message.text()}`);
  });
  const reading = new Set<Promise<unknown>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const read = response.body().then(
      (body) => scripts.set(response.url(), gzipSync(body, { level: 9 }).length),
      () => undefined,
    );
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  await page.addInitScript(() => {
    const probe = window as unknown as Probe;
    probe.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      probe.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    page,
    errors,
    /** Forgets the scripts downloaded so far. */
    forgetScripts: () => {
      scripts.clear();
    },
    /** The gzipped bytes of every script downloaded so far (once every answer is read). */
    scriptBytes: async () => {
      await Promise.all([...reading]);
      return [...scripts.values()].reduce((a, b) => a + b, 0);
    },
    violations: () => page.evaluate(() => [...(window as unknown as Probe).__violations]),
    close: () => context.close(),
  };
}

/** The element with the focus, looking inside shadow roots: its tag, id, part and text. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const host = (active?.getRootNode() as ShadowRoot | Document | undefined) ?? document;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      id: active?.id ?? '',
      part: active?.getAttribute('part') ?? '',
      text: active?.textContent.trim() ?? '',
      itemId: active?.closest('[data-id]')?.getAttribute('data-id') ?? '',
      host: 'host' in host ? host.host.tagName.toLowerCase() : '',
    };
  });
}

type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until `wanted` holds for the focused element (keyboard only); fails after `max`. */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 80) {
  for (let press = 0; press < max; press++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what} (last: ${JSON.stringify(await focused(page))})`);
}

export { axeViolations } from '../../../scripts/axe.mjs';

/** A call from Node with the demo publishable key: what a resident's page would get. */
export function publicCall<T>(method: string, path: string, body?: unknown) {
  return callApi<T>(stack.api, stack.publishableKey, method, path, body);
}

let counter = 0;
/** A resident posts a need in `community` (it waits for review); its id and title. */
export async function postNeed(community: string, title: string) {
  const unique = `${title} ${Date.now().toString(36)}${(counter++).toString(36)}`;
  const answer = await publicCall<{ id: string; title: string }>('POST', '/v1/needs', {
    communityId: community,
    kind: 'service',
    category: 'elderly_care',
    title: unique,
    description: '独居老人家中水龙头漏水，希望有志愿者上门帮忙更换。',
    contact: { name: '王秀英', mobile: '13800138000' },
    consent: { policyVersion: '2026-01', agreed: true },
  });
  if (answer.status !== 201) throw new Error(`post need: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The kB (gzip) of a set of scripts, to one decimal. */
export const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** A demo staff account's session token, signed in from Node (to set up or check a test). */
export async function staffToken(login: string): Promise<string> {
  const answer = await callApi<{ session: { token: string } }>(
    stack.api,
    '',
    'POST',
    '/v1/staff/sign-in',
    { login, password: stack.staffPassword },
  );
  if (answer.status !== 200) throw new Error(`sign-in: ${JSON.stringify(answer.body)}`);
  return answer.body.session.token;
}

/** A call from Node as a staff member (a token from `staffToken`). */
export function staffCall<T>(token: string, method: string, path: string, body?: unknown) {
  return callApi<T>(stack.api, token, method, path, body);
}

/** Moves to a console section by keyboard: Tab to its link (menu or home), then Enter. */
export async function openSection(page: Page, title: string) {
  await tabTo(page, (f) => f.tag === 'a' && f.text === title, `the link to ${title}`);
  await page.keyboard.press('Enter');
}

const elementsDist = createRequire(import.meta.url)
  .resolve('@wushe/elements/foundation.js')
  .replace(/foundation\.js$/, '');

/** A resident portal's page: the resident widgets' own build, loaded by wushe.js. */
const portalPage = (fund: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>社区基金</title><script type="module" src="/wushe/wushe.js"></script></head><body><main>
<wushe-donation fund="${fund}" api-base="${stack.api}" publishable-key="${stack.publishableKey}">
</wushe-donation></main></body></html>`;

/**
 * Opens a resident portal on another loopback origin (a small server of its own, as a district's
 * site embeds the widgets with the demo publishable key) showing `<wushe-donation fund>`: a page
 * that stays open while staff work.
 */
export async function openPortalFund(browser: Browser, fund: string) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://portal').pathname;
    if (path.startsWith('/wushe/') && !path.includes('..')) {
      readFile(`${elementsDist}${path.slice('/wushe/'.length)}`).then(
        (body) => response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body),
        () => response.writeHead(404).end(),
      );
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(portalPage(fund));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/fund.html`);
  return {
    page,
    close: async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A call from Node with the demo secret key: what a test sets up or checks. */
export function secretCall<T>(method: string, path: string, body?: unknown) {
  return callApi<T>(stack.api, stack.secretKey, method, path, body);
}

/**
 * Signs in on the console's sign-in screen by keyboard only; a district admin also types the code
 * its authenticator app shows (the demo's documented secret), when the screen asks for it.
 */
export async function signInByKeyboard(page: Page, login: string, password = stack.staffPassword) {
  await tabTo(page, (f) => f.id === 'login', 'the login field');
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await tabTo(page, (f) => f.part === 'submit', 'the sign-in button');
  await page.keyboard.press('Enter');
  if (login !== 'panyu.admin') return;
  await page.locator('wushe-staff-sign-in #totp').waitFor();
  // The server takes each code once: when another test signed in with this step's code, the
  // next step's code is typed, as a person would wait for the app's next code.
  for (let attempt = 0; attempt < 2; attempt++) {
    await tabTo(page, (f) => f.id === 'totp', 'the authenticator code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(demoTotpCode());
    await tabTo(page, (f) => f.part === 'submit', 'the sign-in button');
    await page.keyboard.press('Enter');
    const entered = await page
      .locator('aside')
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (entered) return;
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  }
}

/** The console's menu entries as a person sees them. */
export const menuEntries = async (page: Page) =>
  (await page.locator('nav a').allTextContents()).map((text) => text.trim());

/** The messages the log notifier sent to `to` (the dev outbox), newest first. */
export async function outboxFor(to: string) {
  const answer = await secretCall<{ data: { template: string; params: Record<string, string> }[] }>(
    'GET',
    `/v1/dev/outbox?to=${encodeURIComponent(to)}`,
  );
  return answer.body.data;
}
