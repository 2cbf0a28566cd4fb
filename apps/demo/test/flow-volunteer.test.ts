// SPEC §3 flows 3 and 5, end to end: a resident registers as a volunteer and signs up for an
// activity (a waitlist beyond its capacity), and staff record the hours served in the time bank.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import {
  DEMO,
  closeClean,
  deepText,
  eventDetail,
  publicCall,
  shot,
  staffCall,
  usePortal,
  widgetsReady,
} from './support.js';

const portal = usePortal();
/** An activity of 锦绣香江 nobody else's test signs up for (capacity 20, empty in the seed). */
const ACTIVITY = 'act_jxElderVisits';

let serial = 0;
/** A mobile number no other test of the run uses. */
const mobile = () =>
  `139${String(Date.now() % 1e6).padStart(6, '0')}${String(serial++ % 100).padStart(2, '0')}`;

interface Activity {
  capacity: number;
  signedUp: number;
  waitlisted: number;
}

/** The staff desk, once every queue and form on it has loaded. */
async function openDesk() {
  const desk = await portal.open('/staff.html');
  await desk.page.locator('body[data-ready="true"]').waitFor();
  return desk;
}

async function signUp(widget: Locator, name: string, phone: string) {
  await widget.getByLabel('姓名').fill(name);
  await widget.getByLabel('手机号').fill(phone);
  await widget.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
  await widget.getByRole('button', { name: '报名' }).click();
}

describe('flows 3 and 5: volunteers, activities and the time bank', () => {
  it('a resident registers, signs up for an activity, is waitlisted beyond capacity, and staff record the hours', async () => {
    const watched = await portal.open('/volunteer.html');
    const { page } = watched;
    await widgetsReady(page, ['wushe-volunteer-signup']);

    // Registration: the community comes from the page's provider.
    const registration = page.locator('wushe-volunteer-signup:not([activity])');
    const phone = mobile();
    await registration.getByLabel('姓名').fill('区婉华');
    await registration.getByLabel('手机号').fill(phone);
    expect(await registration.getByLabel('所在社区').inputValue()).toBe(DEMO.community);
    await registration.getByRole('checkbox', { name: '养老服务' }).check();
    await registration.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
    await registration.getByRole('button', { name: '提交登记' }).click();
    const volunteer = await eventDetail<{ id: string; code: string }>(
      page,
      'wushe-volunteer-registered',
    );
    await expect
      .poll(() => registration.locator('[part="code"]').textContent())
      .toContain(volunteer.code);
    await shot(page, 'flow3-1-registered');

    // A place at the activity.
    const visits = page.locator(`wushe-volunteer-signup[activity="${ACTIVITY}"]`);
    await signUp(visits, '区婉华', phone);
    const first = await eventDetail<{ status: string }>(page, 'wushe-activity-signup');
    expect(first.status).toBe('confirmed');
    await expect.poll(() => deepText(visits)).toContain('报名成功');

    // Others take the remaining places (through the API, as other residents' pages would).
    const { body: before } = await publicCall<{ data: (Activity & { id: string })[] }>(
      'GET',
      `/v1/activities?community=${DEMO.community}&limit=50`,
    );
    const activity = before.data.find((item) => item.id === ACTIVITY)!;
    for (let left = activity.capacity - activity.signedUp; left > 0; left--) {
      const answer = await publicCall('POST', `/v1/activities/${ACTIVITY}/signups`, {
        name: '邻居',
        mobile: mobile(),
        consent: { policyVersion: '2026-01', agreed: true },
      });
      expect(answer.status).toBe(201);
    }

    // Beyond capacity: a neighbour on another page is put on the waitlist, and told so.
    const neighbour = await portal.open('/volunteer.html');
    const full = neighbour.page.locator(`wushe-volunteer-signup[activity="${ACTIVITY}"]`);
    await expect.poll(() => deepText(full)).toContain('名额已满');
    await signUp(full, '陈伯', mobile());
    const waiting = await eventDetail<{ status: string; waitlistPosition: number }>(
      neighbour.page,
      'wushe-activity-signup',
    );
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    await expect.poll(() => deepText(full)).toContain('候补');
    await shot(neighbour.page, 'flow3-2-waitlisted');

    // Staff record 2 h 30 min for the new volunteer: 5 half hours in the time bank.
    const desk = await openDesk();
    const form = desk.page.locator('#hours-form');
    // The registration made on the portal is offered.
    expect(await form.locator(`datalist option[value="${volunteer.id}"]`).count()).toBe(1);
    await form.getByLabel('志愿者（ID）').fill(volunteer.id);
    await form.getByLabel('活动').selectOption(ACTIVITY);
    await form.getByLabel('服务时长（分钟）').fill('150');
    await form.getByLabel('服务内容').fill('独居长者探访，记录两户长者的微心愿');
    await form.getByRole('button', { name: '记录时长' }).click();
    await expect.poll(() => desk.page.locator('#hours-result').textContent()).toContain('2.5 小时');
    await shot(desk.page, 'flow5-hours');
    const { body: hours } = await staffCall<{ servedHalfHours: number }>(
      'GET',
      `/v1/volunteers/${volunteer.id}/hours`,
    );
    expect(hours.servedHalfHours).toBe(5);

    await closeClean(watched, neighbour, desk);
  });

  it('staff see a wrong entry on its field, and nothing is recorded', async () => {
    const desk = await openDesk();
    const form = desk.page.locator('#hours-form');
    await form.getByLabel('志愿者（ID）').fill('vol_pyLiZhiqiang');
    await form.getByLabel('服务时长（分钟）').fill('0');
    await form.getByLabel('服务内容').fill('维修');
    await form.getByRole('button', { name: '记录时长' }).click();
    const minutes = form.getByLabel('服务时长（分钟）');
    await expect.poll(() => minutes.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => minutes.evaluate((input) => document.activeElement === input))
      .toBe(true);
    expect(await form.locator('#hours-minutes-error').textContent()).not.toBe('');
    // What was typed stays.
    expect(await form.getByLabel('服务内容').inputValue()).toBe('维修');
    await closeClean(desk);
  });
});
