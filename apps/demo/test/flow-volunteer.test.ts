// SPEC §3 flows 3 and 5, end to end: a resident registers as a volunteer and signs up for an
// activity (a waitlist beyond its capacity), and staff record the hours served in the time bank
// (through the API: the console's hours recorder is tested in apps/console).
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

/** Today in Beijing, as staff record it. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

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

    // Staff record 2 h 30 min for the new volunteer (in the console's hours recorder or a back
    // office; here through the API as staff): 5 half hours in the time bank.
    const recorded = await staffCall<{ halfHours: number }>('POST', '/v1/service-records', {
      volunteerId: volunteer.id,
      activityId: ACTIVITY,
      servedOn: today(),
      minutes: 150,
      content: '独居长者探访，记录两户长者的微心愿',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.halfHours).toBe(5);
    const { body: hours } = await staffCall<{ servedHalfHours: number }>(
      'GET',
      `/v1/volunteers/${volunteer.id}/hours`,
    );
    expect(hours.servedHalfHours).toBe(5);

    await closeClean(watched, neighbour);
  });

  it('a wrong entry is refused on its field, and nothing is recorded', async () => {
    const before = await staffCall<{ servedHalfHours: number }>(
      'GET',
      '/v1/volunteers/vol_pyLiZhiqiang/hours',
    );
    const wrong = await staffCall<{ error: { issues: { path: string[] }[] } }>(
      'POST',
      '/v1/service-records',
      { volunteerId: 'vol_pyLiZhiqiang', servedOn: today(), minutes: 0, content: '维修' },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues.map((issue) => issue.path.join('.'))).toEqual(['minutes']);
    const after = await staffCall<{ servedHalfHours: number }>(
      'GET',
      '/v1/volunteers/vol_pyLiZhiqiang/hours',
    );
    expect(after.body.servedHalfHours).toBe(before.body.servedHalfHours);
  });
});
