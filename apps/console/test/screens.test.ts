// Every console screen a district admin can open, each once it has settled (its list, its empty
// state or its refusal), checked by axe in the normal and the elder size: a new section in
// `sections/index.ts` is covered here without a line of test of its own.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONSOLE, axeViolations, openConsole, signInByKeyboard, useBrowser } from './support.js';

const chromium = useBrowser();

/**
 * Where the section shown in `<main>` stands: `loading` while any widget in it still shows its
 * loading state, `ready` once its widgets have rendered and none is loading.
 */
function sectionState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const deep = (root: ParentNode, selector: string): Element | null => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const element of root.querySelectorAll('*')) {
        const inside = element.shadowRoot && deep(element.shadowRoot, selector);
        if (inside) return inside;
      }
      return null;
    };
    const main = deep(document, 'main');
    if (!main) return 'no main';
    const parts: string[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        parts.push(...(element.getAttribute('part') ?? '').split(' ').filter(Boolean));
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(main);
    if (parts.includes('state-loading')) return 'loading';
    return parts.length > 0 ? 'ready' : 'empty';
  });
}

describe('every console screen', () => {
  it('is axe-clean once settled, in the normal and the elder size', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await signInByKeyboard(page, 'panyu.admin');
    await page.locator('aside').waitFor();
    const addresses = await page
      .locator('nav a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(addresses.length).toBeGreaterThanOrEqual(9);

    const found: Record<string, string[]> = {};
    for (const elder of [false, true]) {
      if (elder) await page.locator('header input[type="checkbox"]').check();
      for (const address of addresses) {
        await page.goto(`${CONSOLE}${address}`);
        await page.locator(`nav a[href="${address}"][aria-current="page"]`).waitFor();
        await expect.poll(() => sectionState(page), { timeout: 20_000 }).toBe('ready');
        const violations = await axeViolations(page);
        if (violations.length > 0) found[`${address}${elder ? ' (elder)' : ''}`] = violations;
      }
    }
    expect(found).toEqual({});
    expect(await watched.violations()).toEqual([]);
    await watched.close();
  });
});
