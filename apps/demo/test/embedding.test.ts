// The embedding proof pages (issue 8): each page, in Chromium, over the built demo and the real
// server — a strict CSP, hostile global CSS, React 19, Vue 3, the bundle loaded twice, and a
// clipping container the donation dialog must escape.
import { describe, expect, it } from 'vitest';
import {
  closeClean,
  deepText,
  eventDetail,
  expectNoErrors,
  openPage,
  shot,
  stack,
  usePortal,
  widgetsReady,
} from './support.js';
import { STRICT_CSP_HEADER, openDialogBox, px } from './embedding-support.js';

const portal = usePortal();

describe('a page under a strict Content-Security-Policy', () => {
  it('is served with the policy, and every widget loads, works and causes no violation', async () => {
    const watched = await openPage(portal.browser);
    const { page } = watched;
    const response = await page.goto(`${stack.portal}/embed/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP_HEADER);
    await widgetsReady(page);
    // Data arrives (connect-src is 'self': the API is served on the page's origin).
    await page.locator('wushe-needs-list [part="card"]').first().waitFor();
    // Lazily loaded code and styles: the post dialog, then another locale.
    await page.locator('wushe-needs-list [part="post-button"]').click();
    await page.locator('wushe-needs-list dialog.post[open]').waitFor();
    await page.keyboard.press('Escape');
    await page
      .locator('wushe-provider')
      .evaluate((provider) => provider.setAttribute('lang', 'en'));
    await expect.poll(() => deepText(page.locator('wushe-needs-list'))).toContain('Claim');
    await shot(page, 'embed-csp');
    expect(await watched.violations()).toEqual([]);
    expectNoErrors(watched);

    // The probe is live: an inline style added now is reported.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(() => watched.violations()).toHaveLength(1);
    await watched.close();
  });
});

describe('a page with hostile global CSS', () => {
  it('leaves the widgets’ text, lines, buttons and dialogs as they should be', async () => {
    const watched = await portal.open('/embed/hostile-css.html');
    const { page } = watched;
    await widgetsReady(page);
    // The page's rules are in force on the page itself.
    expect(await page.locator('#host-button').evaluate((b) => getComputedStyle(b).display)).toBe(
      'none',
    );
    expect(await page.locator('html').evaluate((h) => getComputedStyle(h).fontSize)).toBe('10px');

    const list = page.locator('wushe-needs-list');
    await list.locator('[part="card"]').first().waitFor();
    const base = list.locator('[part="base"]');
    expect(await px(base, 'fontSize')).toBe(16);
    // Line height 1.5, not the page's 3.
    expect(await px(base, 'lineHeight')).toBeLessThanOrEqual(16 * 1.6);
    const heading = list.locator('h2').first();
    expect(await px(heading, 'fontSize')).toBeGreaterThan(16);

    // Buttons are shown, big enough to tap, with their text at full size.
    for (const button of [
      list.locator('[part="post-button"]'),
      list.locator('[part="claim-button"]').first(),
      page.locator('wushe-volunteer-signup').getByRole('button', { name: '报名' }),
    ]) {
      expect(await button.evaluate((b) => getComputedStyle(b).display)).not.toBe('none');
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(40);
      expect(box?.width).toBeGreaterThan(40);
      expect(await px(button, 'fontSize')).toBeGreaterThanOrEqual(16);
    }
    // Boxes keep their own sizing: a text field stays inside its widget.
    const signup = page.locator('wushe-volunteer-signup');
    const field = signup.getByLabel('手机号');
    const [fieldBox, widgetBox] = [await field.boundingBox(), await signup.boundingBox()];
    expect(fieldBox!.x + fieldBox!.width).toBeLessThanOrEqual(widgetBox!.x + widgetBox!.width + 1);

    // A dialog opens, in the top layer, visible and usable.
    await list.locator('[part="post-button"]').click();
    const dialog = list.locator('dialog.post');
    await dialog.locator('#post-title').waitFor({ state: 'visible' });
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    const dialogBox = await dialog.boundingBox();
    expect(dialogBox!.width).toBeGreaterThan(280);
    expect(await px(dialog.locator('#post-title'), 'fontSize')).toBeGreaterThanOrEqual(16);
    await dialog.locator('#post-title').fill('可以输入');
    expect(await dialog.locator('#post-title').inputValue()).toBe('可以输入');
    await shot(page, 'embed-hostile-css-dialog');
    await page.keyboard.press('Escape');

    // The donate button (the element of issue 6) shows and opens its dialog too.
    const donate = page.locator('wushe-donate-button');
    const opened = await openDialogBox(page, donate);
    expect(opened.modal).toBe(true);
    expect(opened.box.width).toBeGreaterThan(280);
    await shot(page, 'embed-hostile-css-donate');
    await closeClean(watched);
  });
});

describe('React 19 and Vue 3 pages', () => {
  for (const framework of ['react', 'vue'] as const) {
    it(`${framework}: sets the elements' properties from its state and handles their events`, async () => {
      const watched = await portal.open(`/embed/${framework}.html`);
      const { page } = watched;
      await widgetsReady(page, ['wushe-needs-list', 'wushe-volunteer-signup']);
      const list = page.locator('wushe-needs-list');
      const signup = page.locator('wushe-volunteer-signup');
      await list.locator('[part="card"]').first().waitFor();

      // Properties, not attributes: a number, and a key given only as a property.
      expect(await list.evaluate((el) => (el as unknown as { pageSize: number }).pageSize)).toBe(5);
      expect(await list.locator('[part="card"]').count()).toBeLessThanOrEqual(5);
      expect(
        await page
          .locator('wushe-provider')
          .evaluate((el) => (el as unknown as { publishableKey: string }).publishableKey),
      ).toBe(stack.publishableKey);

      // The framework's state drives a property: only wishes.
      await page.getByLabel('需求类型（kind）').selectOption('wish');
      await expect
        .poll(() => list.evaluate((el) => (el as unknown as { kind: string }).kind))
        .toBe('wish');
      await expect
        .poll(async () => {
          const kinds = await list.locator('[part="card"] dd:nth-of-type(2)').allTextContents();
          return kinds.length > 0 && kinds.every((kind) => kind.includes('微心愿'));
        })
        .toBe(true);

      // …and the language, through the provider.
      await page.getByRole('radio', { name: 'English' }).check();
      await expect.poll(() => deepText(signup)).toContain('Sign up');

      // An element's event reaches the framework's handler.
      await signup.getByLabel('Name').fill(framework === 'react' ? '罗婶' : '关伯');
      await signup.getByLabel('Mobile').fill(framework === 'react' ? '13800138201' : '13800138202');
      await signup.getByRole('checkbox', { name: /agree/i }).check();
      await signup.getByRole('button', { name: 'Sign up' }).click();
      await eventDetail(page, 'wushe-activity-signup');
      await expect
        .poll(() => page.locator('#event-log').textContent())
        .toContain('wushe-activity-signup');
      await shot(page, `embed-${framework}`);
      await closeClean(watched);
    });
  }
});

describe('a page that loads the bundle twice', () => {
  it('runs both copies without an error or a warning, and the widgets work', async () => {
    const watched = await portal.open('/embed/twice.html');
    const { page } = watched;
    await widgetsReady(page);
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
        .filter((path) => path.startsWith('/wushe/wushe.js')),
    );
    expect(loaded.sort()).toEqual(['/wushe/wushe.js', '/wushe/wushe.js?copy=cms-plugin']);
    await page.locator('wushe-needs-list [part="card"]').first().waitFor();
    await expect.poll(() => deepText(page.locator('wushe-volunteer-signup'))).toContain('报名');
    await shot(page, 'embed-twice');
    expect(watched.warnings.filter((warning) => warning.includes('[wushe]'))).toEqual([]);
    await closeClean(watched);
  });
});

describe('a widget inside overflow:hidden; transform:scale(1)', () => {
  it('opens the donation dialog in the top layer, unclipped and on top', async () => {
    const watched = await portal.open('/embed/clipped.html');
    const { page } = watched;
    const frame = (await page.locator('#frame').boundingBox())!;
    const opened = await openDialogBox(page, page.locator('wushe-donate-button'));
    expect(opened.modal).toBe(true);
    // Bigger than the frame that would clip it, and not confined to it.
    expect(opened.box.width * opened.box.height).toBeGreaterThan(frame.width * frame.height);
    const outside =
      opened.box.x < frame.x ||
      opened.box.y < frame.y ||
      opened.box.x + opened.box.width > frame.x + frame.width ||
      opened.box.y + opened.box.height > frame.y + frame.height;
    expect(outside).toBe(true);
    // What is drawn at its centre, and at a point beyond the frame, is the dialog.
    expect(opened.hitsCentre).toBe(true);
    expect(opened.hitsOutsideFrame).toBe(true);
    await shot(page, 'embed-clipped-dialog');
    await closeClean(watched);
  });
});
