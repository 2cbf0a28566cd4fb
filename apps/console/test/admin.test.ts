// The console's administration screens end to end, by keyboard only: a district admin invites a
// worker (the invite read from the dev outbox, as the worker would get it) and issues a secret
// key that is shown once; a community worker sees nothing outside her scope, neither in the menu
// nor when she types another screen's address. axe on every state.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CONSOLE,
  DEMO,
  axeViolations,
  focused,
  kB,
  menuEntries,
  openConsole,
  outboxFor,
  signInByKeyboard,
  stack,
  tabTo,
  useBrowser,
} from './support.js';
import { callApi } from '@wushe/server/testing';

const chromium = useBrowser();

/** Picks `value` in the focused select with the arrow keys only. */
async function arrowTo(page: Page, value: string) {
  for (let press = 0; press < 80; press++) {
    const current = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return (active as HTMLSelectElement | null)?.value;
    });
    if (current === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the select never reached ${value}`);
}

/** Follows a menu entry by keyboard. */
async function openByMenu(page: Page, title: string) {
  await tabTo(page, (f) => f.tag === 'a' && f.text === title, `the menu entry ${title}`);
  await page.keyboard.press('Enter');
}

describe('the console’s administration', () => {
  it('a district admin invites a worker and issues a secret key shown once, by keyboard', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await signInByKeyboard(page, 'panyu.admin');
    await page.locator('aside').waitFor();
    expect(await menuEntries(page)).toEqual(
      expect.arrayContaining(['社会组织', '工作人员账号', 'API 密钥']),
    );

    // Staff accounts: the district picked, every account listed.
    await openByMenu(page, '工作人员账号');
    const accounts = page.locator('wushe-account-editor');
    await accounts.locator('[part="item"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.part === 'new', 'the invite button');
    await page.keyboard.press('Enter');
    await accounts.locator('[part="form"]').waitFor();
    expect((await focused(page)).id).toBe('name');
    expect(await axeViolations(page)).toEqual([]);
    const login = `zhou.min.${Date.now().toString(36)}`;
    const mobile = '13900139001';
    await page.keyboard.type('周敏');
    await page.keyboard.press('Tab');
    await page.keyboard.type(login);
    await page.keyboard.press('Tab');
    await page.keyboard.type(mobile);
    await tabTo(page, (f) => f.id.startsWith('role-'), 'the role');
    await arrowTo(page, 'community_staff');
    await page.keyboard.press('Tab');
    await arrowTo(page, DEMO.jinxiu);
    await tabTo(page, (f) => f.part === 'save', 'the save button');
    await page.keyboard.press('Enter');
    const invited = accounts.locator('[part="item"]', { hasText: login });
    await invited.waitFor();
    await expect.poll(() => accounts.locator('[part="announcer"]').textContent()).toContain(login);
    expect(await axeViolations(page)).toEqual([]);

    // Opened by its address, what the screen downloads until usable.
    watched.forgetScripts();
    await page.reload();
    await invited.waitFor();
    const accountsBytes = await watched.scriptBytes();

    // The invite, as the worker gets it: a one-time setup token that sets her password.
    const [invite] = await outboxFor(mobile);
    expect(invite?.template).toBe('staff_invite');
    const setupToken = invite?.params.setupToken ?? '';
    const set = await callApi(stack.api, '', 'POST', '/v1/staff/password', {
      setupToken,
      password: 'Zhou-min-2026-good',
    });
    expect(set.status).toBe(200);

    // A secret key: shown once, with copy; once stored, never again.
    await openByMenu(page, 'API 密钥');
    const keys = page.locator('wushe-key-editor');
    await keys.locator('[part="item"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.part === 'new', 'the issue-a-key button');
    await page.keyboard.press('Enter');
    await keys.locator('[part="form"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await tabTo(page, (f) => f.part === 'save', 'the save button');
    await page.keyboard.press('Enter');
    const secret = keys.locator('[part="secret"]');
    await secret.waitFor();
    const key = await secret.inputValue();
    expect(key).toMatch(/^sk_live_/);
    expect((await focused(page)).part).toBe('secret');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.part === 'stored', 'the stored button');
    await page.keyboard.press('Enter');
    await secret.waitFor({ state: 'detached' });
    expect(await keys.evaluate((el) => el.shadowRoot!.innerHTML)).not.toContain(key);
    watched.forgetScripts();
    await page.reload();
    await keys.locator('[part="item"]').first().waitFor();
    const keysBytes = await watched.scriptBytes();
    expect(await keys.locator('[part="secret"]').count()).toBe(0);
    // The key works, for a server.
    expect((await callApi(stack.api, key, 'GET', '/v1/keys')).status).toBe(200);

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    console.log(
      `console JS until usable (gzip -9, opened by address): staff accounts ${kB(accountsBytes)} kB, ` +
        `API keys ${kB(keysBytes)} kB (budget 60 kB each)`,
    );
    expect(kB(accountsBytes)).toBeLessThanOrEqual(60);
    expect(kB(keysBytes)).toBeLessThanOrEqual(60);
    await watched.close();
  });

  it('a community worker sees nothing outside her scope: no menu entry, forbidden by address', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await signInByKeyboard(page, 'jinxiu.staff');
    await page.locator('aside').waitFor();
    const menu = await menuEntries(page);
    expect(menu).toContain('社会组织');
    expect(menu).not.toContain('工作人员账号');
    expect(menu).not.toContain('API 密钥');
    const divisions = await page.locator('#division option').allTextContents();
    expect(divisions.map((text) => text.trim())).toEqual(['锦绣香江社区']);

    // Her community's organizations: listed, and the form to register one, axe-clean.
    await openByMenu(page, '社会组织');
    const organizations = page.locator('wushe-organization-editor');
    await organizations.locator('[part="item"], [part="state-empty"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.part === 'new' && f.host === 'wushe-organization-editor', 'new');
    await page.keyboard.press('Enter');
    await organizations.locator('[part="form"]').waitFor();
    expect((await focused(page)).id).toBe('name');
    expect(await axeViolations(page)).toEqual([]);

    for (const [address, tag] of [
      ['#/accounts', 'wushe-account-editor'],
      ['#/keys', 'wushe-key-editor'],
    ] as const) {
      await page.goto(`${CONSOLE}${address}`);
      const refused = page.locator(`${tag} [part="state-forbidden"]`);
      await refused.waitFor();
      expect(await refused.textContent()).toContain('无权');
      expect(await page.locator(`${tag} [part="new"]`).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors.filter((error) => !error.includes('403'))).toEqual([]);
    await watched.close();
  });
});
