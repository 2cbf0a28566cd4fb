// The linkage end to end (issue 15 "Done when", SPEC §11), over the built portal, the console
// wushe-server serves and the real server: a resident posts a need on the portal → staff approve
// it and match it to a resource in the console → the organization claims it → the street opens a
// call → the organization proposes a project for the need → a reviewer scores it in the console,
// households vote on the portal → the call closes, the proposal is approved as a project and
// funded → staff report progress in the console, which the portal's project page shows → the
// project completes, residents rate it → its results show on the project's page. axe at each
// screen. Every step is driven in Chromium (linkage-console.ts), the organization's in its
// 机构工作台 as its member; only nine of the ten ratings go through the public API as residents'
// own survey widgets would send them (linkage-steps.ts), since results show from n = 10.
import { describe, expect, it } from 'vitest';
import {
  closeClean,
  deepText,
  eventDetail,
  publicCall,
  shot,
  unique,
  usePortal,
  widgetsReady,
  type WatchedPage,
} from './support.js';
import { CHAIN, rateFromApi } from './linkage-steps.js';
import {
  RUBRIC,
  approveAndDisburseInConsole,
  claimInOrganizationDesk,
  closeCallInConsole,
  consoleAs,
  expectAxeClean,
  grantReviewerInConsole,
  openCallInConsole,
  openSection,
  proposeInOrganizationDesk,
} from './linkage-console.js';

const portal = usePortal();

/** A household on the portal's 社区项目 page (its own browser context: its own respondent token). */
async function projectsPage(): Promise<WatchedPage> {
  const watched = await portal.open('/projects.html');
  await widgetsReady(watched.page, ['wushe-projects']);
  return watched;
}

/** The portal's post form on the home page's needs wall, filled and sent by a resident. */
async function postNeedOnPortal(resident: WatchedPage, title: string) {
  const wall = resident.page.locator('wushe-needs-list');
  await widgetsReady(resident.page, ['wushe-needs-list']);
  await wall.locator('[part="post-button"]').click();
  const post = wall.locator('dialog.post');
  await post.locator('#post-title').waitFor();
  await post.locator('#post-category').selectOption('elderly_care');
  await post.locator('#post-title').fill(title);
  await post
    .locator('#post-description')
    .fill('楼里有好几位独居长者行动不便，中午常常吃不上热饭，希望有组织能定期送餐上门。');
  await post.locator('#post-name').fill('王秀英');
  await post.locator('#post-mobile').fill('13800138201');
  await post.locator('#post-consent').check();
  await expectAxeClean(resident.page, 'the need form');
  await post.locator('button[type="submit"]').click();
  return eventDetail<{ id: string; status: string }>(resident.page, 'wushe-need-submitted');
}

describe('the linkage end to end', () => {
  it('need → match → claim → call → proposal → score and votes → close → funded project → progress → completed → rated → results on the project', async () => {
    const run = Date.now().toString(36);
    const needTitle = unique('独居长者午餐没人送');
    const callTitle = unique('南村镇长者服务微创投');
    const proposalTitle = unique('长者午餐送餐上门');
    const started = Date.now();
    const took: string[] = [];
    let last = started;
    /** Notes how long the step that just ended took. */
    const lap = (step: string) => {
      took.push(`${step} ${((Date.now() - last) / 1000).toFixed(1)}`);
      last = Date.now();
    };

    // 1. A resident posts a need on the portal's home page.
    const resident = await portal.open('/');
    const need = await postNeedOnPortal(resident, needTitle);
    expect(need.status).toBe('pending_review');

    lap('post');
    // 2. Community staff approve it in the console's review queue.
    const staff = await consoleAs(portal.browser, 'jinxiu.staff');
    await openSection(staff.page, '需求审核');
    const queued = staff.page.locator(`wushe-review-queue [part="item"][data-id="${need.id}"]`);
    await queued.waitFor();
    await expectAxeClean(staff.page, 'the review queue');
    await queued.getByRole('button', { name: '通过审核' }).focus();
    await staff.page.keyboard.press('Enter');
    await queued.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await publicCall<{ status: string }>('GET', `/v1/needs/${need.id}`)).body)
      .toMatchObject({ status: 'open' });

    lap('approve');
    // 3. They match it to 锦绣香江长者会's 长者助餐 resource (供需对接).
    await openSection(staff.page, '供需对接');
    const toMatch = staff.page.locator(`wushe-need-matcher [part="item"][data-id="${need.id}"]`);
    await toMatch.waitFor();
    await toMatch.getByRole('button', { name: '对接资源' }).focus();
    await staff.page.keyboard.press('Enter');
    const resource = toMatch.getByRole('radio', { name: /长者助餐与上门探访/ });
    await resource.waitFor();
    await expectAxeClean(staff.page, 'the matcher, resources found');
    await resource.check();
    await toMatch.getByLabel('给组织的留言').fill('楼里有 6 位独居长者，请尽快联系居委会。');
    await toMatch.getByRole('button', { name: '确认对接' }).focus();
    await staff.page.keyboard.press('Enter');
    await expect.poll(() => deepText(toMatch)).toContain('已对接：锦绣香江长者会');

    lap('match');
    // 4. The organization claims it; the matcher shows who took it.
    const member = await consoleAs(portal.browser, 'jinxiu.elders');
    await claimInOrganizationDesk(member.page, need.id);
    await staff.page.reload();
    const taken = staff.page.locator(`wushe-need-matcher [part="taken"][data-id="${need.id}"]`);
    await expect.poll(() => deepText(taken)).toContain('由锦绣香江长者会认领');
    await expectAxeClean(staff.page, 'the matcher, need taken');

    lap('claim');
    // 5. The street opens a call; the district admin makes the demo reviewer its reviewer too,
    // in the console's staff accounts.
    const street = await consoleAs(portal.browser, 'nancun.staff');
    const call = { id: await openCallInConsole(street.page, callTitle) };
    const admin = await consoleAs(portal.browser, 'panyu.admin');
    await grantReviewerInConsole(admin.page, 'panyu.reviewer', call.id);

    lap('call');
    // 6. The organization proposes a project for the need.
    const proposal = {
      id: await proposeInOrganizationDesk(member.page, call.id, {
        title: proposalTitle,
        needId: need.id,
        yuan: 8000,
        summary: '为锦绣香江独居长者每周送餐五次，志愿者同时上门探访，记录长者的身体和生活情况。',
      }),
    };

    lap('propose');
    // 7. The reviewer scores every criterion in the console (创投评审).
    const reviewer = await consoleAs(portal.browser, 'panyu.reviewer');
    await openSection(reviewer.page, '创投评审');
    const toScore = reviewer.page.locator(
      `wushe-proposal-scoring [part="item"][data-id="${proposal.id}"]`,
    );
    await toScore.waitFor();
    await expectAxeClean(reviewer.page, 'proposal scoring');
    const scores = { research: '8', design: '9', impact: '7' };
    for (const criterion of RUBRIC) {
      await toScore
        .getByLabel(`${criterion.name}（权重 ${criterion.weight}）`)
        .fill(scores[criterion.id]);
    }
    await toScore.getByRole('button', { name: '提交评分' }).focus();
    await reviewer.page.keyboard.press('Enter');
    await toScore.waitFor({ state: 'detached' });
    await expect
      .poll(() => deepText(reviewer.page.locator('wushe-proposal-scoring')))
      .toContain(`已提交评分：${proposalTitle}`);

    lap('score');
    // 8. Households vote on the portal's 社区项目 page, one vote each (一户一票), counts hidden.
    const households = [await projectsPage(), await projectsPage()];
    for (const household of households) {
      const section = household.page.locator(
        `wushe-projects section[part="call"][aria-labelledby="call-${call.id}"]`,
      );
      const vote = section.getByRole('button', { name: `投票给“${proposalTitle}”` });
      await vote.focus();
      await household.page.keyboard.press('Enter');
      await expect
        .poll(() => section.locator('[part="vote-status"]').textContent())
        .toContain(`已投票给“${proposalTitle}”`);
      expect(await section.locator('[part="vote-button"]').count()).toBe(0);
      expect(await section.locator('[part="result"]').count()).toBe(0);
    }
    await expectAxeClean(households[0]!.page, 'the projects page, voted');
    await shot(households[0]!.page, 'linkage-8-voted');

    lap('vote');
    // 9. The street closes the call (ranked), approves the proposal as a project, funds it.
    const desk = await closeCallInConsole(street.page, call.id, callTitle);
    const ranked = desk.locator(`[part="item"][data-id="${proposal.id}"] [part="rank"]`);
    expect(await ranked.textContent()).toContain('第 1 名');
    const project = {
      id: await approveAndDisburseInConsole(
        street.page,
        { id: proposal.id, title: proposalTitle },
        CHAIN.fund,
        2000,
      ),
    };
    // The portal shows the ranking: two votes, first place, funded.
    const reader = households[0]!;
    await reader.page.reload();
    const result = reader.page.locator(
      `wushe-projects section[part="call"][aria-labelledby="call-${call.id}"] [part="proposal"][data-id="${proposal.id}"] [part="result"]`,
    );
    await expect.poll(() => deepText(result)).toMatch(/第 1 名 2 票.*已立项/);

    lap('close');
    // 10. Staff start it and report progress in the console (项目进展).
    await openSection(staff.page, '项目进展');
    const running = staff.page.locator(
      `wushe-project-updates [part="item"][data-id="${project.id}"]`,
    );
    await running.waitFor();
    await expectAxeClean(staff.page, 'project updates');
    const progress = staff.page.locator('wushe-project-updates [part="announcer"]');
    await running.getByRole('button', { name: '标记为实施中' }).focus();
    await staff.page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toContain(`「${proposalTitle}」已标记为实施中`);
    const report = '首月为 12 位独居长者送餐 260 份，志愿者上门探访 48 次。';
    await running.getByRole('button', { name: '发布进展' }).focus();
    await staff.page.keyboard.press('Enter');
    await running.getByLabel('进展内容').fill(report);
    await expectAxeClean(staff.page, 'project updates, writing');
    await running.getByRole('button', { name: '发布', exact: true }).focus();
    await staff.page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toContain(`已发布进展：${proposalTitle}`);

    lap('report');
    // 11. The project's page on the portal shows the progress and the money used.
    await reader.page.reload();
    const widget = reader.page.locator('wushe-projects');
    const card = widget.locator(`article[part="card"][data-id="${project.id}"]`);
    await card.getByRole('button', { name: '查看项目' }).focus();
    await reader.page.keyboard.press('Enter');
    const detail = widget.locator('[part="detail"]');
    await expect.poll(() => deepText(detail)).toContain(report);
    expect(await deepText(detail.locator('[part="money"]'))).toContain('2,000');
    await expectAxeClean(reader.page, 'the project page, in progress');
    await shot(reader.page, 'linkage-11-progress');

    lap('portal');
    // 12. Staff mark it completed; residents rate it (一事一评): one on the project's page, nine
    // more as their own survey widgets would send it.
    await running.getByRole('button', { name: '标记为已结项' }).focus();
    await staff.page.keyboard.press('Enter');
    await expect.poll(() => progress.textContent()).toContain(`「${proposalTitle}」已标记为已结项`);
    // On the project's page, now completed: its satisfaction results and the form to rate it.
    await reader.page.reload();
    await card.getByRole('button', { name: '查看项目' }).focus();
    await reader.page.keyboard.press('Enter');
    const rating = detail.locator('[part="rating"] wushe-survey');
    await rating.getByRole('radio', { name: '非常满意', exact: true }).check();
    await rating.getByRole('radio', { name: '10', exact: true }).check();
    await expectAxeClean(reader.page, 'the project page, the rating form');
    await rating.getByRole('button', { name: '提交评价' }).focus();
    await reader.page.keyboard.press('Enter');
    const rated = await eventDetail<{ surveyId: string; subjectId: string }>(
      reader.page,
      'wushe-survey-submitted',
    );
    expect(rated.subjectId).toBe(project.id);
    await rateFromApi(rated.surveyId, project.id, [5, 5, 4, 5, 4, 5, 3, 5, 4], run);

    lap('rate');
    // 13. Its results show on the project's page.
    await reader.page.reload();
    await card.getByRole('button', { name: '查看项目' }).focus();
    await reader.page.keyboard.press('Enter');
    const satisfaction = detail.locator('[part="satisfaction"]');
    // Ten ratings, nine of them 满意 or 非常满意: shown (n ≥ 10), with a 满意率 of 90%.
    await expect
      .poll(() => deepText(satisfaction.locator('[part="count"]')))
      .toContain('共 10 份评价');
    expect(await deepText(satisfaction.locator('[part="summary"]'))).toMatch(/满意率.*90/);
    await expectAxeClean(reader.page, 'the project page, completed and rated');
    await shot(reader.page, 'linkage-13-results');

    lap('results');
    console.log(
      `linkage chain: ${((Date.now() - started) / 1000).toFixed(1)} s (${took.join(', ')})`,
    );
    await closeClean(resident, staff, member, admin, street, reviewer, ...households);
  }, 180_000);
});
