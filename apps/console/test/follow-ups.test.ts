// The console's follow-ups (回访) end to end, by keyboard only: a community worker signs in, opens
// 差评回访, records the follow-up of a resident's low rating (outcome and notes), and it leaves the
// list for good. axe on every state; the JS the screen downloads until usable is measured.
import { describe, expect, it } from 'vitest';
import { callApi } from '@wushe/server/testing';
import {
  CONSOLE,
  DEMO,
  axeViolations,
  focused,
  kB,
  openConsole,
  publicCall,
  stack,
  tabTo,
  useBrowser,
} from './support.js';

const chromium = useBrowser();

let counter = 0;
/** A resident rates 锦绣香江社区's 垃圾分类 shift 1 of 5: a 差评 to call back. */
async function lowRating(): Promise<string> {
  const answer = await publicCall<{ id: string }>(
    'POST',
    '/v1/surveys/svy_pyActivityRating/responses',
    {
      respondentToken: `consolefollowup${Date.now().toString(36)}${(counter++).toString(36)}`,
      subjectId: 'act_jxSortingShift',
      answers: [{ questionId: 'overall', value: 1 }],
    },
  );
  if (answer.status !== 201) throw new Error(`respond: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/** The follow-ups jinxiu.staff's own session lists, from Node. */
async function waitingFor(login: string): Promise<string[]> {
  const signedIn = await callApi<{ session: { token: string } }>(
    stack.api,
    '',
    'POST',
    '/v1/staff/sign-in',
    { login, password: stack.staffPassword },
  );
  const page = await callApi<{ data: { id: string }[] }>(
    stack.api,
    signedIn.body.session.token,
    'GET',
    '/v1/staff/queue?kind=follow_ups&limit=50',
  );
  return page.body.data.map((item) => item.id);
}

describe('the console’s follow-ups', () => {
  it('a community worker records a follow-up by keyboard, and it leaves the list', async () => {
    const id = await lowRating();
    const watched = await openConsole(chromium.browser);
    const { page } = watched;
    await page.goto(CONSOLE);
    await page.locator('wushe-staff-sign-in #login').waitFor();
    await tabTo(page, (f) => f.id === 'login', 'the login field');
    await page.keyboard.type('jinxiu.staff');
    await page.keyboard.press('Tab');
    await page.keyboard.type(stack.staffPassword);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    // The menu's 差评回访, by keyboard.
    await page.locator('nav a[href="#/follow-ups"]').waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === '差评回访', 'the follow-ups menu entry');
    watched.forgetScripts();
    await page.keyboard.press('Enter');
    const item = page.locator(`wushe-follow-ups [part="item"][data-id="${id}"]`);
    await item.waitFor();
    const screenBytes = await watched.scriptBytes();
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toContain('差评回访');
    expect(await item.locator('[part="due"]').textContent()).toMatch(/请于 .+ 前回访/);
    expect(await axeViolations(page)).toEqual([]);

    // Record it: outcome by arrow keys, notes typed, confirmed with Enter.
    await tabTo(page, (f) => f.itemId === id && f.part === 'record', 'the record button');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe(`outcome-${id}-resolved`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe(`notes-${id}`);
    await page.keyboard.type('12月6日电话回访，解释了活动改期原因，居民表示理解。');
    await page.keyboard.press('Tab');
    expect((await focused(page)).part).toBe('confirm');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('wushe-follow-ups [part="announcer"]').textContent())
      .toContain('已登记回访');
    expect(await axeViolations(page)).toEqual([]);
    expect(await waitingFor('jinxiu.staff')).not.toContain(id);

    // Gone for good: a reload opens the section again (its address), without it.
    await page.reload();
    await page
      .locator('wushe-follow-ups [part="count"], wushe-follow-ups [part="state-empty"]')
      .first()
      .waitFor();
    expect(await page.locator(`wushe-follow-ups [data-id="${id}"]`).count()).toBe(0);

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    console.log(
      `console JS for the follow-ups screen once signed in (gzip -9): ${kB(screenBytes)} kB`,
    );
    expect(kB(screenBytes)).toBeLessThanOrEqual(60);
    await watched.close();
  });

  it('someone outside 锦绣香江社区’s scope sees nothing of its follow-ups', async () => {
    const id = await lowRating();
    expect(await waitingFor('jinxiu.staff')).toContain(id);
    // 南村镇's street staff cover it; an organization's member and another district's worker do not.
    expect(await waitingFor('nancun.staff')).toContain(id);
    expect(await waitingFor('jinxiu.elders')).toEqual([]);
    expect(await waitingFor('fanyulu.staff')).not.toContain(id);
    expect(DEMO.jinxiu).toBe('440113104001');
  });
});
