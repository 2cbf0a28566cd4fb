// The embedding proof for staff widgets: the portal's back office signs its staff in by its own
// means, its server mints a delegated wushe session with the secret key, and the page embeds
// <wushe-review-queue> and <wushe-follow-ups> with that token. The widgets work (a need approved,
// a follow-up recorded), and the secret key is in nothing the browser ever holds: no HTML, no
// script, no request or answer, no storage.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO,
  axeViolations,
  closeClean,
  openPage,
  publicCall,
  shot,
  stack,
  staffCall,
  unique,
  useBrowser,
} from './support.js';

const chromium = useBrowser();

/** Signs in on the portal's own back-office form, by keyboard. */
async function signIn(page: Page, password: string) {
  await page.goto(`${stack.portal}/back-office/`);
  await page.locator('#login').waitFor();
  await page.locator('#login').focus();
  await page.keyboard.type('jinxiu.portal');
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe('the portal’s back office embeds staff widgets on a delegated session', () => {
  it('the widgets approve a need and record a follow-up; the secret key never reaches the page', async () => {
    const { body: need } = await publicCall<{ id: string; title: string }>('POST', '/v1/needs', {
      communityId: DEMO.community,
      kind: 'service',
      category: 'elderly_care',
      title: unique('陪同长者复诊'),
      description: '独居的何婆婆下周要去医院复诊，希望有志愿者陪同。',
      contact: { name: '何婆婆', mobile: '13800138104' },
      consent: { policyVersion: '2026-01', agreed: true },
    });
    const { body: rating } = await publicCall<{ id: string }>(
      'POST',
      '/v1/surveys/svy_pyActivityRating/responses',
      {
        respondentToken: `backoffice${Date.now().toString(36)}xxxxxxxx`,
        subjectId: 'act_jxSortingShift',
        answers: [{ questionId: 'overall', value: 1 }],
      },
    );

    const watched = await openPage(chromium.browser);
    const { page } = watched;
    // Everything the browser sends and receives, and every script and page it loads.
    const seen: string[] = [];
    page.on('request', (request) => {
      seen.push(request.url(), JSON.stringify(request.headers()), request.postData() ?? '');
    });
    const reading = new Set<Promise<unknown>>();
    page.on('response', (response) => {
      seen.push(JSON.stringify(response.headers()));
      const read = response.text().then(
        (text) => seen.push(text),
        () => undefined, // an event stream or a redirect has no body to read
      );
      reading.add(read);
    });

    await signIn(page, 'portal-demo-2026');
    await page.waitForURL(`${stack.portal}/back-office/`);
    await expect.poll(() => page.locator('#person').textContent()).toContain('陈晓红');
    const review = page.locator(`wushe-review-queue [part="item"][data-id="${need.id}"]`);
    const followUp = page.locator(`wushe-follow-ups [part="item"][data-id="${rating.id}"]`);
    await review.waitFor();
    await followUp.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'back-office');

    // The review queue works on the delegated session: approve the need.
    await review.locator('[part="approve"]').click();
    await review.waitFor({ state: 'detached' });
    expect((await staffCall<{ status: string }>('GET', `/v1/needs/${need.id}`)).body.status).toBe(
      'open',
    );
    // So does the follow-ups list: record the call back.
    await followUp.locator('[part="record"]').click();
    await followUp.locator('[part="notes"]').fill('已电话回访，居民接受了解释。');
    await followUp.locator('[part="confirm"]').click();
    await followUp.waitFor({ state: 'detached' });
    const audit = await staffCall<{ data: { action: string; accountId: string | null }[] }>(
      'GET',
      `/v1/audit?action=follow_up.record&limit=50`,
    );
    // Recorded as the person the portal signed in, not as the key.
    expect(audit.body.data.some((entry) => entry.accountId === 'acc_pyJinxiuStaff')).toBe(true);

    // Nothing the browser held carries the secret key.
    await Promise.all([...reading]);
    seen.push(await page.content());
    seen.push(
      await page.evaluate(() =>
        JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
      ),
    );
    seen.push(JSON.stringify(await watched.context.cookies()));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((text) => text.includes(stack.secretKey))).toEqual([]);
    expect(seen.filter((text) => /\bsk_(test|live)_/.test(text))).toEqual([]);
    // The widgets' calls carried the delegated token.
    expect(seen.some((text) => text.includes('"authorization":"Bearer st_'))).toBe(true);

    expect(await watched.violations()).toEqual([]);
    await closeClean(watched);
  });

  it('a wrong password of the portal’s own login gets no session and no widget data', async () => {
    const watched = await openPage(chromium.browser);
    await signIn(watched.page, 'not-the-password');
    await expect.poll(() => watched.page.getByRole('alert').textContent()).toContain('不正确');
    expect(await watched.page.locator('wushe-review-queue').count()).toBe(0);
    expect(await axeViolations(watched.page)).toEqual([]);
    // The browser logs the 401 of the form post; nothing else.
    expect(watched.errors.filter((error) => !error.includes('401'))).toEqual([]);
    await watched.close();
  });
});
