// The console's 机构工作台 end to end, by keyboard only: the member of 锦绣香江长者会 signs in, has
// no division to pick, opens the desk from the menu by keyboard, and claims a need staff matched to its 助餐 resource.
// axe on the desk before and after; the JS downloaded after sign-in is measured. A call's reviewer,
// who has no division either, opens 创投评审 the same way.
import { describe, expect, it } from 'vitest';
import {
  CONSOLE,
  DEMO,
  axeViolations,
  focused,
  kB,
  openSection,
  openConsole,
  postNeed,
  secretCall,
  signInByKeyboard,
  tabTo,
  useBrowser,
} from './support.js';

const chromium = useBrowser();

/** A resident's need in 锦绣香江社区, approved and matched by staff to the elders' 助餐 resource. */
async function matchedNeed(title: string) {
  const need = await postNeed(DEMO.jinxiu, title);
  await secretCall('PATCH', `/v1/needs/${need.id}`, { status: 'open' });
  const matched = await secretCall('POST', `/v1/needs/${need.id}/matches`, {
    resourceId: 'res_jxEldersMeals',
  });
  if (matched.status !== 201) throw new Error(`match: ${JSON.stringify(matched.body)}`);
  return need;
}

describe('the console’s organization desk', () => {
  it('an organization’s member opens its desk and claims a matched need by keyboard', async () => {
    const need = await matchedNeed('独居长者午餐没人送');
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    watched.forgetScripts();
    await signInByKeyboard(page, 'jinxiu.elders');
    // No division to pick: the menu holds only what needs none (我的待办, 机构工作台).
    await page.locator('aside').waitFor();
    await openSection(page, '机构工作台');
    await page.locator('nav a[href="#/organization-desk"][aria-current="page"]').waitFor();
    const desk = page.locator('wushe-organization-desk');
    await desk.locator(`[part="need"][data-id="${need.id}"]`).waitFor();
    await expect
      .poll(() => desk.locator('[part="organization"]').textContent())
      .toContain('锦绣香江长者会');
    console.log(
      `organization desk: ${kB(await watched.scriptBytes())} kB gzip of JS after sign-in`,
    );
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, (f) => f.part === 'claim' && f.itemId === need.id, 'the need’s 认领');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => desk.locator(`[part="need"][data-id="${need.id}"] [part="claimed"]`).count())
      .toBe(1);
    expect((await focused(page)).tag).toBe('h4');
    const stored = await secretCall<{ status: string; claim: { claimantName: string } }>(
      'GET',
      `/v1/needs/${need.id}`,
    );
    expect(stored.body.status).toBe('claimed');
    expect(stored.body.claim.claimantName).toBe('锦绣香江长者会');
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    await watched.close();
  });

  it('a call’s reviewer, who has no division either, opens 创投评审 and sees the proposals', async () => {
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await signInByKeyboard(page, 'panyu.reviewer');
    await page.locator('aside').waitFor();
    await openSection(page, '创投评审');
    await page.locator('nav a[href="#/proposal-scoring"][aria-current="page"]').waitFor();
    await page.locator('wushe-proposal-scoring [part="item"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
