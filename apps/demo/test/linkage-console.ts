// The console screens the linkage flow drives (SPEC §11), as the person who uses each: signed in
// from the portal's 工作人员入口, by keyboard where a person would, axe on each screen reached.
import { expect } from 'vitest';
import { DEMO_STAFF_PASSWORD as PASSWORD, demoTotpCode } from '@wushe/server/testing';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, openPage, stack, type WatchedPage } from './support.js';

/** Fails with the page's axe violations, naming the step. */
export async function expectAxeClean(page: Page, step: string) {
  expect(await axeViolations(page), step).toEqual([]);
}

/**
 * The console as `login` sees it: opened from the portal's 工作人员入口 (a redirect to the console
 * wushe-server serves), signed in by keyboard on its sign-in screen.
 */
export async function consoleAs(browser: Browser, login: string): Promise<WatchedPage> {
  const watched = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  const { page } = watched;
  await page.goto(`${stack.portal}/console/`);
  await page.getByLabel('登录名').focus();
  await page.keyboard.type(login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  if (login === 'panyu.admin') {
    await page.getByLabel('动态验证码').focus();
    await page.keyboard.type(demoTotpCode());
    await page.keyboard.press('Enter');
  }
  await page.locator('aside').waitFor();
  // Before signing in, the console asks who is signed in and is told 401: that is no error.
  const signedOut = watched.errors.filter((error) => error.includes('401 (Unauthorized)'));
  for (const error of signedOut) watched.errors.splice(watched.errors.indexOf(error), 1);
  return watched;
}

/** Follows a console menu entry by keyboard. */
export async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator(`nav a[aria-current="page"]`, { hasText: title }).waitFor();
}

/**
 * In the console's staff accounts (a district admin's), `login` is made a reviewer of `callId`
 * too: its roles opened by keyboard, a role added, the call picked by its title, saved.
 */
export async function grantReviewerInConsole(page: Page, login: string, callId: string) {
  await openSection(page, '工作人员账号');
  const account = page.locator('wushe-account-editor [part="item"]', { hasText: login });
  await account.locator('[part="edit"]').focus();
  await page.keyboard.press('Enter');
  await account.getByRole('button', { name: '再加一个角色' }).focus();
  await page.keyboard.press('Enter');
  const added = account.getByRole('group', { name: '角色 2' });
  await added.getByLabel('角色').selectOption('reviewer');
  await added.getByLabel('范围').selectOption(callId);
  await expectAxeClean(page, 'the account editor, a role added');
  await account.locator('[part="save"]').focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('wushe-account-editor [part="announcer"]').textContent())
    .toContain(login);
}

/** The rubric the call desk opens a call with by default (each criterion out of 10). */
export const RUBRIC = [
  { id: 'research', name: '需求调研', weight: 30, maxScore: 10 },
  { id: 'design', name: '项目设计', weight: 40, maxScore: 10 },
  { id: 'impact', name: '预期成效', weight: 30, maxScore: 10 },
] as const;

/** The call desk's live region: what it announced last. */
const deskSays = (page: Page) => page.locator('wushe-call-desk [part="announcer"]').textContent();

/**
 * The street opens a 微创投 call for elderly care in the console's 创投征集, with the default
 * rubric (需求调研 30, 项目设计 40, 预期成效 30) and blend, proposals closing in a week; its id.
 */
export async function openCallInConsole(page: Page, title: string): Promise<string> {
  await openSection(page, '创投征集');
  const desk = page.locator('wushe-call-desk');
  await desk.getByRole('button', { name: '开启征集' }).focus();
  await page.keyboard.press('Enter');
  const form = desk.locator('[part="open-form"]');
  await form.getByLabel('标题').fill(title);
  await form.getByLabel('预算（元）').fill('100000');
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  await form
    .getByLabel('截止日期')
    .fill(inAWeek.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
  await form.getByRole('checkbox', { name: '养老服务' }).check();
  await expectAxeClean(page, 'the call desk, opening a call');
  await form.locator('[part="open-call"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => deskSays(page)).toContain(`已开启征集：${title}`);
  const shown = await desk.locator('[part="call-id"]').textContent();
  const id = /call_[A-Za-z0-9]+/.exec(shown ?? '')?.[0];
  if (!id) throw new Error(`no call id on the call's page: ${shown}`);
  return id;
}

/** The call desk's page of `callId`, read afresh (its proposals as they are now). */
async function callPage(page: Page, callId: string) {
  await page.reload();
  const desk = page.locator('wushe-call-desk');
  await desk.locator(`[part="item"][data-id="${callId}"] [part="view"]`).focus();
  await page.keyboard.press('Enter');
  await desk.locator('[part="call-page"]').waitFor();
  return desk;
}

/** The street closes the call (关闭征集, 确认关闭): the server ranks its proposals. */
export async function closeCallInConsole(page: Page, callId: string, title: string) {
  const desk = await callPage(page, callId);
  await desk.getByRole('button', { name: '关闭征集' }).focus();
  await page.keyboard.press('Enter');
  await desk.getByRole('button', { name: '确认关闭' }).focus();
  await expectAxeClean(page, 'the call desk, closing a call');
  await page.keyboard.press('Enter');
  await expect.poll(() => deskSays(page)).toContain(`已关闭征集：${title}`);
  return desk;
}

/**
 * The street approves the proposal as a project paid from `fundId` (批准立项) and disburses
 * `yuan` to it (拨付); the project's id.
 */
export async function approveAndDisburseInConsole(
  page: Page,
  proposal: { id: string; title: string },
  fundId: string,
  yuan: number,
): Promise<string> {
  const item = page.locator(`wushe-call-desk [part="item"][data-id="${proposal.id}"]`);
  await item.getByLabel('资金来源').selectOption(fundId);
  await item.getByRole('button', { name: '批准立项' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => deskSays(page)).toContain(`已批准立项：${proposal.title}`);
  const shown = await item.locator('[part="project"]').textContent();
  const projectId = /prj_[A-Za-z0-9]+/.exec(shown ?? '')?.[0];
  if (!projectId) throw new Error(`no project id on the approved proposal: ${shown}`);
  await item.getByLabel('拨付金额（元）').fill(String(yuan));
  await expectAxeClean(page, 'the call desk, an approved proposal');
  await item.getByRole('button', { name: '拨付', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => deskSays(page)).toContain(`给「${proposal.title}」`);
  return projectId;
}

/** 机构工作台, where an organization's member lands (no division to pick). */
const organizationDesk = (page: Page) => page.locator('wushe-organization-desk');

/** The organization's member claims, by keyboard, the need staff matched to it (认领). */
export async function claimInOrganizationDesk(page: Page, needId: string): Promise<void> {
  await openSection(page, '机构工作台');
  const need = organizationDesk(page).locator(`[part="need"][data-id="${needId}"]`);
  await need.waitFor();
  await expectAxeClean(page, 'the organization desk, a need matched to it');
  await need.getByRole('button', { name: '认领', exact: true }).focus();
  await page.keyboard.press('Enter');
  await need.locator('[part="claimed"]').waitFor();
}

/**
 * The organization's member proposes a project for the need it claimed to the call (填写申报,
 * 项目名称, 对应需求, 申报预算（元）, 项目方案, 提交申报); the proposal's id.
 */
export async function proposeInOrganizationDesk(
  page: Page,
  callId: string,
  proposal: { title: string; needId: string; yuan: number; summary: string },
): Promise<string> {
  // The desk was read before the call opened: read it afresh.
  await page.reload();
  const desk = organizationDesk(page);
  const call = desk.locator(`[part="call"][data-id="${callId}"]`);
  await call.getByRole('button', { name: '填写申报' }).focus();
  await page.keyboard.press('Enter');
  const form = call.locator('[part="proposal-form"]');
  await form.getByLabel('项目名称', { exact: true }).fill(proposal.title);
  await form.getByLabel('对应需求', { exact: true }).selectOption(proposal.needId);
  await form.getByLabel('申报预算（元）', { exact: true }).fill(String(proposal.yuan));
  await form.getByLabel('项目方案', { exact: true }).fill(proposal.summary);
  await expectAxeClean(page, 'the organization desk, a proposal written');
  await form.getByRole('button', { name: '提交申报' }).focus();
  await page.keyboard.press('Enter');
  const made = desk.locator('[part="proposal"]', { hasText: proposal.title });
  await made.waitFor();
  const id = await made.getAttribute('data-id');
  if (!id) throw new Error(`no id on the proposal ${proposal.title}`);
  return id;
}
