import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error: plain ESM helpers shared with the start script, without type declarations
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
// @ts-expect-error: as above
import { serveStatic } from '../../../scripts/static-server.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = (await serveStatic(dist)) as typeof site;
  browser = await chromium.launch({
    executablePath: (chromiumPath as () => string)(),
    args: CHROMIUM_ARGS as string[],
  });
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

describe('the built demo portal', () => {
  it('loads the wushe bundle and upgrades its elements, with no error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => customElements.get('wushe-provider') !== undefined);
    expect(
      await page
        .locator('wushe-provider')
        .evaluate((el) => (el as { community?: string }).community),
    ).toBe('440113104001');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('五社联动服务平台');
    expect(errors).toEqual([]);
    await page.close();
  });
});
