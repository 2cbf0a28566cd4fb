// SPEC §3 flow 1, end to end over the built portal and the real server: a resident posts a need
// → staff approve it → a volunteer claims it → staff mark it fulfilled → the resident rates the
// service → the public results count the rating.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

interface Need {
  id: string;
  title: string;
  status: string;
}

const resultsN = async () =>
  (
    await publicCall<{ n: number }>(
      'GET',
      `/v1/surveys/${DEMO.survey}/results?subject=${DEMO.project}`,
    )
  ).body.n;

/** The card of one need on a needs wall. */
const cardOf = (page: Page, id: string) =>
  page.locator(`wushe-needs-list [part="card"][data-id="${id}"]`);

describe('flow 1: a need from post to rating', () => {
  it('a resident posts, staff approve, a volunteer claims, staff fulfil, the resident rates, the results count it', async () => {
    const ratedBefore = await resultsN();
    const title = unique('楼道感应灯维修');

    // 1. A resident posts a need from the home page's needs wall.
    const resident = await portal.open('/');
    await widgetsReady(resident.page, ['wushe-needs-list']);
    const wall = resident.page.locator('wushe-needs-list');
    await wall.locator('[part="post-button"]').click();
    const post = wall.locator('dialog.post');
    await post.locator('#post-title').waitFor();
    await post.locator('#post-category').selectOption('community_governance');
    await post.locator('#post-title').fill(title);
    await post
      .locator('#post-description')
      .fill(
        '3 栋 2 单元楼道感应灯坏了一个多月，晚上老人上下楼看不见，希望有懂电工的志愿者帮忙更换。',
      );
    await post.locator('#post-name').fill('梁淑仪');
    await post.locator('#post-mobile').fill('13800138101');
    await post.locator('#post-consent').check();
    await post.locator('button[type="submit"]').click();
    const posted = await eventDetail<Need>(resident.page, 'wushe-need-submitted');
    expect(posted).toMatchObject({ title, status: 'pending_review' });
    await expect.poll(() => post.getByRole('status').textContent()).toContain('审核');
    await shot(resident.page, 'flow1-1-posted');
    // Not public before review.
    expect(await cardOf(resident.page, posted.id).count()).toBe(0);

    // 2. Staff approve it (in the console or a back office; here through the API as staff).
    // The requester's contact, on request (an audited read): staff can call them back.
    const read = await staffCall<{ contact: { name: string } | null }>(
      'GET',
      `/v1/needs/${posted.id}`,
    );
    expect(read.body.contact?.name).toBe('梁淑仪');
    const approved = await staffCall<Need>('PATCH', `/v1/needs/${posted.id}`, { status: 'open' });
    expect(approved.body.status).toBe('open');

    // The resident's open page shows it without a reload (live updates).
    await cardOf(resident.page, posted.id).waitFor();

    // 3. A volunteer claims it from the home page.
    const volunteer = await portal.open('/');
    const card = cardOf(volunteer.page, posted.id);
    await card.locator('[part="claim-button"]').click();
    const claim = volunteer.page.locator('wushe-needs-list dialog.claim');
    await claim.locator('#claim-name').waitFor();
    await claim.locator('#claim-name').fill('李志强');
    await claim.locator('#claim-mobile').fill('13800138001');
    await claim.locator('#claim-consent').check();
    await claim.locator('button[type="submit"]').click();
    const claimed = await eventDetail<{ needId: string }>(volunteer.page, 'wushe-need-claimed');
    expect(claimed.needId).toBe(posted.id);
    await shot(volunteer.page, 'flow1-3-claimed');
    expect((await staffCall<Need>('GET', `/v1/needs/${posted.id}`)).body.status).toBe('claimed');

    // 4. Staff mark it fulfilled.
    const fulfilled = await staffCall<Need>('PATCH', `/v1/needs/${posted.id}`, {
      status: 'fulfilled',
    });
    expect(fulfilled.body.status).toBe('fulfilled');
    // Every open wall follows.
    await expect
      .poll(() => cardOf(resident.page, posted.id).locator('[part="badge"]').textContent())
      .toContain('已完成');

    // 5. The resident rates the service (the project that served the need).
    await resident.page.goto(`${stack.portal}/survey.html`);
    const survey = resident.page.locator(`wushe-survey[subject="${DEMO.project}"]`);
    await survey.getByRole('radio', { name: '满意', exact: true }).check();
    await survey.getByRole('radio', { name: '9', exact: true }).check();
    await survey.getByRole('button', { name: '提交评价' }).click();
    await eventDetail(resident.page, 'wushe-survey-submitted');
    await expect.poll(() => survey.getByText('感谢您的评价').count()).toBeGreaterThan(0);
    await shot(resident.page, 'flow1-5-rated');

    // 6. The public results count it.
    expect(await resultsN()).toBe(ratedBefore + 1);
    const reader = await portal.open('/results.html');
    const count = reader.page.locator('#main-results [part="count"]');
    await expect
      .poll(() => deepText(count))
      .toMatch(new RegExp(`(^|\\D)${ratedBefore + 1}(\\D|$)`));
    await shot(reader.page, 'flow1-6-results');

    await closeClean(resident, volunteer, reader);
  });

  it('staff reject a need with a reason, and it never reaches the public wall', async () => {
    const title = unique('重复的需求');
    const { body: need } = await publicCall<Need>('POST', '/v1/needs', {
      communityId: DEMO.community,
      kind: 'service',
      category: 'other',
      title,
      description: '这是一条与已有需求重复的演示需求，应当被驳回。',
      anonymous: true,
      contact: { name: '陈伯', mobile: '13800138102' },
      consent: { policyVersion: '2026-01', agreed: true },
    });
    // No reason: refused on its field, and nothing changes.
    const noReason = await staffCall<{ error: { issues: { path: string[] }[] } }>(
      'PATCH',
      `/v1/needs/${need.id}`,
      { status: 'rejected' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues.map((issue) => issue.path.join('.'))).toContain('reason');
    expect((await staffCall<Need>('GET', `/v1/needs/${need.id}`)).body.status).toBe(
      'pending_review',
    );
    await staffCall('PATCH', `/v1/needs/${need.id}`, {
      status: 'rejected',
      reason: '与“楼道感应灯维修”重复',
    });
    expect((await staffCall<Need>('GET', `/v1/needs/${need.id}`)).body.status).toBe('rejected');
    expect((await publicCall('GET', `/v1/needs/${need.id}`)).status).toBe(404);
  });
});
