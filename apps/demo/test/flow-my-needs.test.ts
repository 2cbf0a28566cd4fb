// SPEC §13 "my needs and my donations", end to end over the built portal and the real server: a
// resident posts a need on the home page's needs wall and follows it (signing in, by keyboard,
// with the mobile she gave); on her own page (/me.html) she opens its timeline by keyboard, staff
// approve it, and a refresh shows the step; a donation she made shows in her donations.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { focused, latestCode, tabTo } from './resident-keyboard.js';
import {
  DEMO,
  closeClean,
  deepText,
  eventDetail,
  publicCall,
  shot,
  stack,
  staffCall,
  unique,
  usePortal,
  widgetsReady,
} from './support.js';

const portal = usePortal();

/** A mobile no other test of the run uses. */
const mobile = () => `135${String(Date.now() % 1e8).padStart(8, '0')}`;

/** The names of a need's timeline steps, as she reads them. */
const steps = (needs: Locator, id: string) =>
  needs.locator(`#timeline-${id} .step-name`).allTextContents();

describe('SPEC §13: my needs and my donations, end to end', () => {
  it('posts a need and follows it, sees its timeline move on after review, and her donation', async () => {
    const phone = mobile();
    const title = unique('帮独居长者换灯泡');

    // 1. She posts a need on the home page's needs wall…
    const home = await portal.open('/');
    const { page } = home;
    await widgetsReady(page, ['wushe-needs-list']);
    const wall = page.locator('wushe-needs-list');
    await wall.locator('[part="post-button"]').click();
    const post = wall.locator('dialog.post');
    await post.locator('#post-title').waitFor();
    await post.locator('#post-title').fill(title);
    await post
      .locator('#post-description')
      .fill('家里客厅的灯泡坏了，老人站不上梯子，希望有志愿者上门帮忙更换。');
    await post.locator('#post-name').fill('邓婆婆');
    await post.locator('#post-mobile').fill(phone);
    await post.locator('#post-consent').check();
    await post.locator('button[type="submit"]').click();
    const posted = await eventDetail<{ id: string; status: string }>(page, 'wushe-need-submitted');
    expect(posted.status).toBe('pending_review');

    // 2. …and follows it, by keyboard: the sign-in opens inline with her mobile filled in.
    await post.locator('[part="follow-button"]').waitFor();
    await tabTo(page, wall, '[part="follow-button"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(wall, '#sign-in-mobile')).toBe(true);
    expect(await post.locator('#sign-in-mobile').inputValue()).toBe(phone);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(wall, '#sign-in-code')).toBe(true);
    await page.keyboard.type(await latestCode(phone));
    await page.keyboard.press('Enter');
    await expect.poll(() => deepText(post.locator('[part="followed"]'))).toContain('我的需求');
    await shot(page, 'flow-my-needs-1-followed');

    // 3. She gave to the community fund with the same mobile, asking for a receipt.
    const given = await publicCall<{ donation: { id: string } }>('POST', '/v1/donations', {
      fundId: DEMO.fund,
      amountFen: 6_600,
      donor: { name: '邓婆婆', anonymous: false, publishName: false, mobile: phone },
      receipt: { title: '邓婆婆' },
      channel: 'offline',
      consent: { policyVersion: '2026-01', agreed: true },
    });
    expect(given.status, JSON.stringify(given.body)).toBe(201);

    // 4. Her own page, in the same browser: signed in already; the need waits for review. She is
    //    no volunteer, so her volunteering's and the store's reads are answered 404 (nothing
    //    registered, no points): those, and only those, are the page's expected "not found"s.
    const notFound: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) notFound.push(new URL(response.url()).pathname);
    });
    await page.goto(`${stack.portal}/me.html`);
    await widgetsReady(page, ['wushe-my-needs', 'wushe-my-donations']);
    const needs = page.locator('wushe-my-needs');
    const card = needs.locator(`[data-need="${posted.id}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.locator('[part="badge"]').textContent()).toBe('待审核');
    await tabTo(page, needs, `[data-need="${posted.id}"] [part="toggle"]`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => steps(needs, posted.id))
      .toEqual(['已提交，等待社区审核', '待审核', '待认领', '待完成']);

    // 5. Staff approve it (the console's review queue does the same through the API).
    const approved = await staffCall<{ status: string }>('PATCH', `/v1/needs/${posted.id}`, {
      status: 'open',
    });
    expect(approved.body.status).toBe('open');
    await tabTo(page, needs, '[part="refresh"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => steps(needs, posted.id))
      .toEqual(['已提交，等待社区审核', '审核通过，已在需求清单公开', '待认领', '待完成']);
    expect(await card.locator('[part="badge"]').textContent()).toBe('等待认领');
    await shot(page, 'flow-my-needs-2-timeline');

    // 6. Her donation, with its amount in 元, its status and the receipt she asked for.
    const donations = page.locator('wushe-my-donations');
    const donation = donations.locator(`[data-donation="${given.body.donation.id}"]`);
    await donation.waitFor({ timeout: 15_000 });
    expect(await donation.locator('[part="amount"]').textContent()).toBe('¥66');
    expect(await donation.locator('[part="badge"]').textContent()).toBe('待确认到账');
    expect(await deepText(donation.locator('[part="receipt"]'))).toContain('邓婆婆');

    expect(notFound.length).toBeGreaterThan(0);
    for (const path of notFound)
      expect(path).toMatch(/^\/v1\/residents\/me\/(volunteer|hours|points)$/);
    const expected = (error: string) => /status of 404 \(Not Found\)/.test(error);
    expect(home.errors.filter(expected)).toHaveLength(notFound.length);
    home.errors.splice(0, home.errors.length, ...home.errors.filter((error) => !expected(error)));
    await closeClean(home);
  });
});
