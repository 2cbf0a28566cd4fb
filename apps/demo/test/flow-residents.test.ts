// SPEC §13, end to end: a resident registers as a volunteer, is waitlisted for a full activity
// and promoted when another cancels; staff record her check-in; she signs in on the portal's
// "my volunteering" page (by keyboard), sees her 信用时 and points, redeems a reward at the
// 爱心超市, staff hand it over against the pickup code; she exports and then erases her data.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page as BrowserPage } from 'playwright-core';
import type { MySignup, Page } from '@wushe/schema';
import { callApi } from '@wushe/server/testing';
import {
  closeClean,
  deepText,
  eventDetail,
  publicCall,
  shot,
  stack,
  staffCall,
  usePortal,
  widgetsReady,
} from './support.js';

const portal = usePortal();
/** The cheapest reward of 锦绣香江's catalog (量血压, 1 point). */
const REWARD = 'rwd_jxBloodPressure';

let serial = 0;
/** A mobile number no other test of the run uses. */
const mobile = () =>
  `136${String(Date.now() % 1e6).padStart(6, '0')}${String(serial++ % 100).padStart(2, '0')}`;

/** Today in Beijing, as staff record it. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const consent = { policyVersion: '2026-01', agreed: true };

/** The latest sign-in code the `log` notifier sent to `to` (the dev outbox, with the secret key). */
async function latestCode(to: string): Promise<string> {
  const { body } = await staffCall<{
    data: { template: string; params: { code?: string } }[];
  }>('GET', `/v1/dev/outbox?to=${to}`);
  const code = body.data.find((each) => each.template === 'resident_code')?.params.code;
  if (!code) throw new Error(`no sign-in code in the outbox for ${to}`);
  return code;
}

/** Signs `phone` in from Node (no Origin), as a resident's own app would: the resident token. */
async function residentToken(phone: string): Promise<string> {
  expect((await publicCall('POST', '/v1/residents/codes', { mobile: phone })).status).toBe(200);
  const session = await publicCall<{ token: string }>('POST', '/v1/residents/sessions', {
    mobile: phone,
    code: await latestCode(phone),
  });
  expect([200, 201]).toContain(session.status);
  return session.body.token;
}

/** Whether the element matching `selector` in `host`'s shadow root has the focus. */
const focused = (host: Locator, selector: string) =>
  host.evaluate(
    (element, selector) => element.shadowRoot?.activeElement?.matches(selector) === true,
    selector,
  );

/**
 * Presses Tab (or, `back`, Shift+Tab) until `selector` inside `host` has the focus, as a keyboard
 * user would.
 */
async function tabTo(page: BrowserPage, host: Locator, selector: string, back = false) {
  const key = back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < 80 && !(await focused(host, selector)); i++) await page.keyboard.press(key);
  expect(await focused(host, selector), selector).toBe(true);
}

describe('SPEC §13: a resident’s own side, end to end', () => {
  it('registers, is waitlisted then promoted, checks in, signs in, redeems points, exports and erases her data', async () => {
    const started = performance.now();
    // 1. She registers as a volunteer on the volunteering page.
    const volunteering = await portal.open('/volunteer.html');
    const { page } = volunteering;
    await widgetsReady(page, ['wushe-volunteer-signup']);
    const registration = page.locator('wushe-volunteer-signup:not([activity])');
    const phone = mobile();
    await registration.getByLabel('姓名').fill('何秀芬');
    await registration.getByLabel('手机号').fill(phone);
    await registration.getByRole('checkbox', { name: '养老服务' }).check();
    await registration.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await registration.getByRole('button', { name: '提交登记' }).click();
    const volunteer = await eventDetail<{ id: string; code: string }>(
      page,
      'wushe-volunteer-registered',
    );

    // 2. Staff put on an activity of two places; two neighbours take them (the first will cancel).
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const created = await staffCall<{ id: string }>('POST', '/v1/activities', {
      communityId: '440113104001',
      title: '亲子诗词课堂（加场）',
      description: '社区长者与孩子一起读诗。',
      category: 'elderly_care',
      location: '锦绣香江社区党群服务中心',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 2,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const ACTIVITY = created.body.id;
    const neighbours: { mobile: string; signupId: string }[] = [];
    for (let place = 0; place < 2; place++) {
      const neighbour = mobile();
      const answer = await publicCall<{ id: string; status: string }>(
        'POST',
        `/v1/activities/${ACTIVITY}/signups`,
        { name: '邻居', mobile: neighbour, consent },
      );
      expect(answer.status).toBe(201);
      expect(answer.body.status).toBe('confirmed');
      neighbours.push({ mobile: neighbour, signupId: answer.body.id });
    }

    // 3. The activity is full: she signs up on the page (its signup widget embedded for it, as
    //    the district's editors would) and is waitlisted.
    await page.evaluate((activity) => {
      const widget = document.createElement('wushe-volunteer-signup');
      widget.setAttribute('activity', activity);
      document.querySelector('wushe-provider')!.append(widget);
    }, ACTIVITY);
    const full = page.locator(`wushe-volunteer-signup[activity="${ACTIVITY}"]`);
    await expect.poll(() => deepText(full)).toContain('名额已满');
    await full.getByLabel('姓名').fill('何秀芬');
    await full.getByLabel('手机号').fill(phone);
    await full.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await full.getByRole('button', { name: '报名' }).click();
    const waiting = await eventDetail<{ status: string; waitlistPosition: number }>(
      page,
      'wushe-activity-signup',
    );
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    await shot(page, 'flow-residents-1-waitlisted');
    await closeClean(volunteering);

    // 4. A neighbour cancels her own signup (signed in as a resident): she takes the place, and
    //    the Notifier tells her.
    const leaving = neighbours[0]!;
    const cancelled = await callApi(
      stack.api,
      await residentToken(leaving.mobile),
      'DELETE',
      `/v1/residents/me/signups/${leaving.signupId}`,
    );
    expect(cancelled.status).toBe(200);
    const { body: told } = await staffCall<{ data: { template: string }[] }>(
      'GET',
      `/v1/dev/outbox?to=${phone}`,
    );
    expect(told.data.map((each) => each.template)).toContain('activity_waitlist_promoted');

    // 5. Staff record her check-in: 2 h of 信用时.
    const recorded = await staffCall<{ halfHours: number }>('POST', '/v1/service-records', {
      volunteerId: volunteer.id,
      activityId: ACTIVITY,
      servedOn: today(),
      minutes: 120,
      content: '亲子诗词课堂助教',
      source: 'check_in',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);

    // 6. She signs in on her own page, by keyboard, with the code the SMS carried.
    const mine = await portal.open('/me.html');
    const me = mine.page;
    await widgetsReady(me, ['wushe-my-volunteering', 'wushe-points-store']);
    const myVolunteering = me.locator('wushe-my-volunteering');
    await tabTo(me, myVolunteering, '#sign-in-mobile');
    await me.keyboard.type(phone);
    await me.keyboard.press('Enter');
    await myVolunteering.locator('#sign-in-code').waitFor();
    await expect.poll(() => focused(myVolunteering, '#sign-in-code')).toBe(true);
    await me.keyboard.type(await latestCode(phone));
    await me.keyboard.press('Enter');
    await myVolunteering.locator('[part=registration]').waitFor({ timeout: 15_000 });
    expect(await myVolunteering.locator('.volunteer-code').textContent()).toContain(volunteer.code);
    await expect
      .poll(() => myVolunteering.locator('[part=credit-total]').textContent())
      .toContain('2 小时');
    const points = Number(await myVolunteering.locator('[part=balance]').textContent());
    // 番禺's rules: 1 point an hour of 信用时, the activity's multiplier 1.
    expect(points).toBe(2);
    await expect.poll(() => deepText(myVolunteering)).not.toContain('候补');
    await shot(me, 'flow-residents-2-signed-in');

    // 7. The 爱心超市 on the same page shares her sign-in: she redeems 量血压 by keyboard.
    const store = me.locator('wushe-points-store');
    await expect
      .poll(() => store.locator('[part=balance]').textContent())
      .toContain(`我的积分：${points}`);
    await tabTo(me, store, `button[data-reward=${REWARD}]`);
    await me.keyboard.press('Enter');
    await expect.poll(() => focused(store, '[part=confirm]')).toBe(true);
    await me.keyboard.press('Enter');
    const code = (await store.locator('[part=pickup-code]').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expect
      .poll(() => store.locator('[part=balance]').textContent())
      .toContain(`我的积分：${points - 1}`);
    // Her volunteering on the same page shows the balance the redemption left.
    await expect
      .poll(async () => Number(await myVolunteering.locator('[part=balance]').textContent()))
      .toBe(points - 1);
    await shot(me, 'flow-residents-3-redeemed');

    // 8. Staff hand the reward over against the pickup code, once.
    const handedOver = await staffCall<{ status: string }>('POST', '/v1/redemptions/redeem', {
      code,
    });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body.status).toBe('redeemed');
    expect((await staffCall('POST', '/v1/redemptions/redeem', { code })).status).toBe(409);

    // 9. She exports her data, then erases it, on her page by keyboard. (Her resident token, as
    //    the page keeps it, checks what the server holds before and after.)
    const token = await me.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const value = localStorage.getItem(localStorage.key(i)!) ?? '';
        if (value.includes('"token"')) return (JSON.parse(value) as { token: string }).token;
      }
      throw new Error('no resident session in localStorage');
    });
    const { body: signups } = await callApi<Page<MySignup>>(
      stack.api,
      token,
      'GET',
      '/v1/residents/me/signups',
    );
    expect(signups.data.find((each) => each.activity.id === ACTIVITY)).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
    });
    // She closes the store's pickup-code dialog, and backs up from the 爱心超市 to her
    // volunteering's last section.
    await me.keyboard.press('Escape');
    await expect.poll(() => store.locator('dialog[open]').count()).toBe(0);
    await tabTo(me, myVolunteering, '[part=export]', true);
    const downloading = me.waitForEvent('download');
    await me.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^wushe-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const everything = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(everything)).toMatchObject({ resident: { mobile: phone } });
    expect(everything).toContain('何秀芬');
    expect(everything).toContain(volunteer.code);

    // The erasure asks in a dialog that opens on "keep"; she goes back to "erase" and confirms.
    await tabTo(me, myVolunteering, '[part=erase]');
    await me.keyboard.press('Enter');
    await expect.poll(() => focused(myVolunteering, '[part=erase-keep]')).toBe(true);
    expect(await myVolunteering.locator('[part=erase-dialog]').textContent()).toContain(
      '将匿名保留：您的服务时长、捐赠记录和评价',
    );
    await shot(me, 'flow-residents-4-erase-confirm');
    await me.keyboard.press('Shift+Tab');
    expect(await focused(myVolunteering, '[part=erase-confirm]')).toBe(true);
    await me.keyboard.press('Enter');
    await expect
      .poll(() => myVolunteering.locator('[part=notice]').textContent())
      .toContain('您的个人信息已删除');
    // Both widgets of the page are signed out.
    await myVolunteering.locator('#sign-in-mobile').waitFor();
    await expect.poll(() => deepText(store)).not.toContain('我的积分');
    await shot(me, 'flow-residents-5-erased');
    await closeClean(mine);

    // Her personal data is gone and her token no longer works; her hours stay, anonymised.
    expect((await callApi(stack.api, token, 'GET', '/v1/residents/me')).status).toBe(401);
    const kept = await staffCall<{ servedHalfHours: number }>(
      'GET',
      `/v1/volunteers/${volunteer.id}/hours`,
    );
    expect(JSON.stringify(kept.body)).not.toContain(phone);
    console.info(`flow-residents: ${Math.round(performance.now() - started)} ms`);
  }, 120_000);
});
