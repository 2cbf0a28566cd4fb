// The staff's daily work in the console, end to end by keyboard only: a community worker confirms
// a pledge (the fund's progress moves on an open portal page), records hours from an activity's
// check-in list, and hides a reported need. axe on every screen and state reached.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CONSOLE,
  DEMO,
  axeViolations,
  focused,
  openConsole,
  openPortalFund,
  openSection,
  postNeed,
  publicCall,
  stack,
  staffCall,
  staffToken,
  tabTo,
  useBrowser,
} from './support.js';

const chromium = useBrowser();

/** The demo's direct fund of 锦绣香江社区, which takes offline pledges. */
const FUND = 'fund_Nc4Ps8Yd2M';
/** The demo's 长者义剪日 eight days ago in 锦绣香江社区, with registered volunteers signed up. */
const HAIRCUT = 'act_Rb8Tz1Kq5W';

/** Opens the console and signs in as `login` by keyboard; lands on the home's work lists. */
async function signIn(page: Page, login: string) {
  await page.goto(CONSOLE);
  await tabTo(page, (f) => f.id === 'login', 'the login field');
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(stack.staffPassword);
  await page.keyboard.press('Enter');
  await page.locator('wushe-queue-counts [part="item"]').first().waitFor();
}

describe('the console’s daily work', () => {
  it('confirms a pledge with the bank reference, and the fund moves on an open portal page', async () => {
    const pledge = await publicCall<{ donation: { id: string } }>('POST', '/v1/donations', {
      fundId: FUND,
      amountFen: 43_210,
      donor: { name: '黄伟明', anonymous: false, publishName: false, mobile: '13600001111' },
      channel: 'offline',
      consent: { policyVersion: '2026-01', agreed: true },
    });
    expect(pledge.status).toBe(201);
    const donation = pledge.body.donation.id;
    const before = (await publicCall<{ raisedFen: number }>('GET', `/v1/funds/${FUND}`)).body;

    const portal = await openPortalFund(chromium.browser, FUND);
    const figures = portal.page.locator('wushe-donation [part="figures"]');
    await figures.waitFor();
    const shownBefore = await figures.textContent();

    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await signIn(page, 'jinxiu.staff');
    expect(await axeViolations(page)).toEqual([]);
    await openSection(page, '待确认的捐赠');
    const item = page.locator(`wushe-donation-desk [part="item"][data-id="${donation}"]`);
    await item.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, (f) => f.itemId === donation && f.part === 'confirm', 'the confirm button');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).part).toBe('bank-reference');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type('BANK-20261206-4321');
    await page.keyboard.press('Tab');
    expect((await focused(page)).part).toBe('confirm-paid');
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('wushe-donation-desk [part="announcer"]').textContent())
      .toContain('已确认到账');
    expect(await axeViolations(page)).toEqual([]);

    // The open portal page moves without a reload (the live feed), and the API agrees.
    await expect.poll(() => figures.textContent(), { timeout: 15_000 }).not.toBe(shownBefore);
    const after = (await publicCall<{ raisedFen: number }>('GET', `/v1/funds/${FUND}`)).body;
    expect(after.raisedFen).toBe(before.raisedFen + 43_210);

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await portal.close();
    await watched.close();
  });

  it('records hours from an activity’s check-in list, the rounding shown as typed', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await signIn(page, 'jinxiu.staff');
    await openSection(page, '服务时长登记');
    const picker = page.locator('wushe-hours-recorder [part="activity"]');
    await picker.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, (f) => f.part === 'activity', 'the activity picker');
    for (let press = 0; press < 30 && (await picker.inputValue()) !== HAIRCUT; press++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await picker.inputValue()).toBe(HAIRCUT);
    const row = page.locator('wushe-hours-recorder [part="item"]', { hasText: '李志强' });
    await row.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const signup = await row.getAttribute('data-id');

    await tabTo(page, (f) => f.itemId === signup && f.part === 'minutes', 'the minutes of 李志强');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('100');
    await expect.poll(() => row.locator('[part="credited"]').textContent()).toContain('1.5');
    await page.keyboard.press('Tab');
    expect((await focused(page)).part).toBe('record');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('wushe-hours-recorder [part="announcer"]').textContent())
      .toContain('李志强 1.5 小时');
    expect(await axeViolations(page)).toEqual([]);

    const token = await staffToken('jinxiu.staff');
    const hours = await staffCall<{
      records: { activityId: string; minutes: number; source: string }[];
    }>(token, 'GET', '/v1/volunteers/vol_pyLiZhiqiang/hours');
    expect(hours.body.records[0]).toMatchObject({
      activityId: HAIRCUT,
      minutes: 100,
      source: 'check_in',
    });
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('hides a reported need from the reported needs list', async () => {
    const token = await staffToken('jinxiu.staff');
    const need = await postNeed(DEMO.jinxiu, '疑似广告的需求');
    await staffCall(token, 'PATCH', `/v1/needs/${need.id}`, { status: 'open' });
    const report = await publicCall('POST', `/v1/needs/${need.id}/reports`, {
      reason: 'spam',
      reporterToken: `e2e-${need.id}-reporter`,
    });
    expect(report.status).toBe(201);

    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await signIn(page, 'jinxiu.staff');
    await openSection(page, '被举报的需求');
    const item = page.locator(`wushe-review-queue [part="item"][data-id="${need.id}"]`);
    await item.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.itemId === need.id && f.part === 'hide', 'the hide button');
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    const listed = await publicCall<{ data: { id: string }[] }>(
      'GET',
      `/v1/needs?community=${DEMO.jinxiu}&limit=100`,
    );
    expect(listed.body.data.some((one) => one.id === need.id)).toBe(false);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
