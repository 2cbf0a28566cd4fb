// A reviewer's console: their grants name calls, not divisions, so there is no division to pick;
// their home and 创投评审 still show, and they score a proposal by keyboard. axe on each screen.
import { describe, expect, it } from 'vitest';
import {
  CONSOLE,
  axeViolations,
  openConsole,
  openSection,
  signInByKeyboard,
  tabTo,
  useBrowser,
} from './support.js';

const chromium = useBrowser();

/** A proposal in the demo reviewer's call (南村镇's open 微创投): 困难家庭适老化小改造. */
const PROPOSAL = 'prp_ncvRepairs';

describe('a reviewer in the console', () => {
  it('has no division to pick, yet sees the work list and scores a proposal by keyboard', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await signInByKeyboard(page, 'panyu.reviewer');
    await page.locator('aside').waitFor();
    expect(await page.locator('#division').count()).toBe(0);
    // The home's work list counts the proposals waiting for this reviewer.
    await page.locator('wushe-queue-counts [part="item"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await openSection(page, '创投评审');
    const item = page.locator(`wushe-proposal-scoring [part="item"][data-id="${PROPOSAL}"]`);
    await item.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, (f) => f.itemId === PROPOSAL && f.part === 'score', 'the first score');
    for (const score of ['8', '7', '9']) {
      await page.keyboard.type(score);
      await page.keyboard.press('Tab');
    }
    await tabTo(page, (f) => f.itemId === PROPOSAL && f.part === 'submit', 'the submit button');
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('wushe-proposal-scoring [part="announcer"]').textContent())
      .toContain('已提交评分：困难家庭适老化小改造');
    expect(await axeViolations(page)).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
