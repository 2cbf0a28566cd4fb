// What every end-to-end test file shares: the stack from the global setup, one Chromium per
// file, pages that record every error, screenshots, and staff/public calls from Node.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { callApi } from '@wushe/server/testing';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
// @ts-expect-error: plain ESM helpers shared with the start script, without type declarations
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';

export const stack = inject('stack');

/** The demo seed's ids the pages use (packages/server/src/seed/demo). */
export const DEMO = {
  community: '440113104001',
  fund: 'fund_Nc4Ps8Yd2M',
  platformFund: 'fund_pyNancunPlatform',
  survey: 'svy_pyProjectRating',
  project: 'prj_Wd5Ha2Jr7N',
} as const;

const artifacts = fileURLToPath(new URL('../test-results', import.meta.url));
mkdirSync(artifacts, { recursive: true });

/** One Chromium for the file; each test opens its own context (no shared storage). */
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

/** Every event the widgets document; the pages record each one they see. */
const WUSHE_EVENTS = [
  'wushe-error',
  'wushe-need-submitted',
  'wushe-need-claimed',
  'wushe-need-reported',
  'wushe-volunteer-registered',
  'wushe-activity-signup',
  'wushe-donation-created',
  'wushe-donation-succeeded',
  'wushe-donation-failed',
  'wushe-survey-submitted',
] as const;

interface Probe {
  __violations: string[];
  __events: { type: string; detail: unknown }[];
}

/** Waits for the page's next (or first) `type` event after `count` earlier ones; its detail. */
export async function eventDetail<T>(page: Page, type: string, count = 0): Promise<T> {
  const handle = await page.waitForFunction(
    ({ type, count }) => {
      const seen = (window as unknown as Probe).__events.filter((event) => event.type === type);
      return seen.length > count ? seen[count]!.detail : undefined;
    },
    { type, count },
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as T;
}

/** A page whose uncaught errors, console errors and CSP violations are all kept. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
  readonly warnings: string[];
  readonly violations: () => Promise<string[]>;
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Runs before any page script and outside the page's CSP (it is not an inline script).
  await page.addInitScript((types: readonly string[]) => {
    const probe = window as unknown as Probe;
    probe.__violations = [];
    probe.__events = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      probe.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
    for (const type of types) {
      document.addEventListener(type, (event) => {
        probe.__events.push({ type, detail: (event as CustomEvent).detail });
      });
    }
  }, WUSHE_EVENTS);
  return {
    page,
    context,
    errors,
    warnings,
    violations: () => page.evaluate(() => [...(window as unknown as Probe).__violations]),
    close: () => context.close(),
  };
}

/**
 * What a test file drives the built portal with: one Chromium (see `useBrowser`), and `open(path)`
 * for a watched page (see `openPage`) already at that portal path, e.g. `/donate.html`.
 */
export function usePortal(): {
  readonly browser: Browser;
  open(path: string, options?: Parameters<typeof openPage>[1]): Promise<WatchedPage>;
} {
  const use = useBrowser();
  return {
    get browser() {
      return use.browser;
    },
    async open(path, options) {
      const watched = await openPage(use.browser, options);
      await watched.page.goto(`${stack.portal}${path}`);
      return watched;
    },
  };
}

/**
 * Waits until the page's wushe-* elements (or only those named in `tags`) are defined and have
 * rendered once; resolves to the wushe tags on the page.
 */
export async function widgetsReady(page: Page, tags?: readonly string[]): Promise<string[]> {
  await page.waitForFunction(
    (only) =>
      [...document.querySelectorAll('*')]
        .filter((element) =>
          only ? only.includes(element.localName) : element.localName.startsWith('wushe-'),
        )
        .every(
          (element) =>
            customElements.get(element.localName) !== undefined &&
            (element.localName === 'wushe-provider' ||
              (element.shadowRoot?.childElementCount ?? 0) > 0),
        ),
    tags,
    { timeout: 15_000 },
  );
  return page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((name) => name.startsWith('wushe-')),
    ),
  ]);
}

/**
 * Waits until no widget on the page still says it is loading (the zh-CN common wording), so a
 * screenshot shows data rather than placeholders.
 */
export async function widgetsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const texts: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
        if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
        node.childNodes.forEach(walk);
      };
      walk(document.body);
      return !texts.some((text) => text.includes('正在加载'));
    },
    undefined,
    { timeout: 15_000 },
  );
}

/** The text an element shows, its shadow roots' included (`textContent` stops at them). */
export function deepText(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      node.childNodes.forEach(walk);
    };
    walk(root);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

export { axeViolations } from '../../../scripts/axe.mjs';

/** Saves a full-page screenshot as a test artifact (apps/demo/test-results/<name>.png). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
}

/** Fails with every error a page logged. */
export function expectNoErrors(watched: WatchedPage): void {
  expect(watched.errors, watched.errors.join('\n')).toEqual([]);
}

/** Ends a test's pages: each must have logged no error, then it is closed. */
export async function closeClean(...pages: readonly WatchedPage[]): Promise<void> {
  for (const watched of pages) {
    expectNoErrors(watched);
    await watched.close();
  }
}

/** A staff request with the secret key, from Node (no Origin), for test setup and checks. */
export const staffCall = <T>(method: string, path: string, body?: unknown) =>
  callApi<T>(stack.api, stack.secretKey, method, path, body);

/** A public request with the publishable key, as a page's widget would make it. */
export const publicCall = <T>(method: string, path: string, body?: unknown) =>
  callApi<T>(stack.api, stack.publishableKey, method, path, body);

/** A string unique to this run, to find what a test created among everything else. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}`;
