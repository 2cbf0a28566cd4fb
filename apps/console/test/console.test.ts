// The console end to end, by keyboard only, over the built app that wushe-server serves at
// /console/: a community worker signs in, approves a resident's need, which then appears on the
// public needs list, and signs out. axe on every screen; the JS each screen downloads until
// usable is measured (gzip) against SPEC §14's 60 kB.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CONSOLE,
  DEMO,
  axeViolations,
  focused,
  kB,
  openConsole,
  postNeed,
  publicCall,
  stack,
  tabTo,
  useBrowser,
} from './support.js';

const chromium = useBrowser();
/** SPEC §14: a staff screen of the console until usable, gzip. */
const SCREEN_BUDGET_KB = 60;

/** Signs in on the sign-in screen with the keyboard only. */
async function signInByKeyboard(page: Page, login: string) {
  await tabTo(page, (f) => f.id === 'login', 'the login field');
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('password');
  await page.keyboard.type(stack.staffPassword);
  await page.keyboard.press('Tab');
  expect((await focused(page)).part).toBe('submit');
  await page.keyboard.press('Enter');
}

describe('the console at /console/', () => {
  it('a community worker signs in, approves a need by keyboard, and it is public; then signs out', async () => {
    const need = await postNeed(DEMO.jinxiu, '楼道扶手松动');
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    const response = await page.goto(CONSOLE);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    // The sign-in screen, usable once its form shows.
    await page.locator('wushe-staff-sign-in #login').waitFor();
    const signInBytes = await watched.scriptBytes();
    expect(await axeViolations(page)).toEqual([]);

    await signInByKeyboard(page, 'jinxiu.staff');
    // The home screen: who, the roles and scopes, the division, the work lists with counts.
    await page.locator('wushe-queue-counts [part="item"]').first().waitFor();
    const homeBytes = await watched.scriptBytes();
    expect(await axeViolations(page)).toEqual([]);
    // To the needs to review, keyboard only, from the home's link.
    await tabTo(page, (f) => f.tag === 'a' && f.text === '待审核的需求', 'the review link');
    await page.keyboard.press('Enter');
    const item = page.locator(`wushe-review-queue [part="item"][data-id="${need.id}"]`);
    await item.waitFor();
    await expect.poll(() => page.locator('aside').textContent()).toContain('陈晓红');
    expect(await page.locator('aside').textContent()).toContain('社区工作者 · 南村镇 锦绣香江社区');
    expect(await page.locator('#division').inputValue()).toBe(DEMO.jinxiu);
    expect(await axeViolations(page)).toEqual([]);

    // Approve it, keyboard only.
    await tabTo(
      page,
      (f) => f.itemId === need.id && f.part === 'approve',
      'the need’s approve button',
    );
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('wushe-review-queue [part="announcer"]').textContent())
      .toContain(need.title);
    expect(await axeViolations(page)).toEqual([]);
    const listed = await publicCall<{ data: { id: string; status: string }[] }>(
      'GET',
      `/v1/needs?community=${DEMO.jinxiu}&limit=100`,
    );
    expect(listed.body.data.find((one) => one.id === need.id)?.status).toBe('open');

    // A reload keeps the session (the server's HttpOnly cookie; the page holds no token), and
    // opens on the review screen (#/review): what it downloads until the queue shows is its cost.
    watched.forgetScripts();
    await page.reload();
    await page
      .locator('wushe-review-queue [part="count"], wushe-review-queue [part="state-empty"]')
      .first()
      .waitFor();
    const homeDirectBytes = await watched.scriptBytes();
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // Sign out, keyboard only: back on the sign-in screen, and the session is gone.
    await tabTo(page, (f) => f.tag === 'button' && f.text === '退出登录', 'the sign-out button');
    await page.keyboard.press('Enter');
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await page.reload();
    await page.locator('wushe-staff-sign-in #login').waitFor();

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    console.log(
      `console JS until usable (gzip -9 of each script downloaded): sign-in screen ${kB(signInBytes)} kB, ` +
        `review queue ${kB(homeDirectBytes)} kB (home after signing in on the page: ` +
        `${kB(homeBytes)} kB in all; budget ${SCREEN_BUDGET_KB} kB each)`,
    );
    expect(homeDirectBytes).toBeGreaterThan(0);
    expect(kB(homeDirectBytes)).toBeLessThanOrEqual(SCREEN_BUDGET_KB);
    expect(kB(signInBytes)).toBeLessThanOrEqual(SCREEN_BUDGET_KB);
    expect(kB(homeBytes)).toBeLessThanOrEqual(SCREEN_BUDGET_KB);
    await watched.close();
  });

  it('works on a phone: nothing wider than the screen, no axe violation, in English', async () => {
    const watched = await openConsole(chromium.browser, { width: 390, height: 844 });
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await page.locator('header select').selectOption('en');
    await expect
      .poll(() => page.locator('wushe-staff-sign-in [part="title"]').textContent())
      .toContain('Staff sign-in');
    await signInByKeyboard(page, 'nancun.staff');
    await page.locator('wushe-queue-counts [part="title"]').waitFor();
    await expect
      .poll(() => page.locator('wushe-queue-counts [part="title"]').textContent())
      .toContain('My work');
    // A street's worker picks among the street and its communities.
    const options = await page.locator('#division option').allTextContents();
    expect(options.map((text) => text.trim())).toEqual(
      expect.arrayContaining(['南村镇', expect.stringContaining('锦绣香江社区')]),
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    // Elder mode reaches the widgets.
    await page.locator('header input[type="checkbox"]').check();
    const size = await page
      .locator('wushe-queue-counts')
      .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(18);
    expect(await axeViolations(page)).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('tells a wrong password in the reader’s language, with no CSP violation', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').fill('jinxiu.staff');
    await page.locator('wushe-staff-sign-in #password').fill('not-the-password');
    await page.locator('wushe-staff-sign-in [part="submit"]').click();
    await expect
      .poll(() => page.locator('wushe-staff-sign-in [part="message"]').textContent())
      .toContain('登录名或密码不正确');
    expect(await axeViolations(page)).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    await watched.close();
  });
});
