import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  disbursements,
  funds,
  projects,
  projectUpdates,
  surveys,
} from '../src/db/tables/index.js';
import { insertFund } from './funds-fixtures.js';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  JINXIU,
  NANCUN,
  paths,
  staffToken,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const DAY = 86_400_000;
const clock = testClock();
const h = useHarness({ now: clock.now });

/** A project of the elders' team in 锦绣香江, in progress, funded by `fundId`. */
async function insertProject(overrides: Partial<typeof projects.$inferInsert> = {}) {
  const [row] = await h.db
    .insert(projects)
    .values({
      id: 'prj_eldersMeals01',
      districtCode: '440113',
      title: '长者助餐微创投',
      kind: 'micro_venture',
      organizationId: ELDERS,
      communityCodes: [JINXIU],
      streetCodes: [NANCUN],
      budgetFen: 1_000_000,
      startsOn: '2026-11-01',
      status: 'in_progress',
      ...overrides,
    })
    .returning();
  return row!;
}

const postUpdate = (key: string, id: string, body: string) =>
  h.request('POST', `/v1/projects/${id}/updates`, { key, body: { body } });

describe('projects', () => {
  it('lists by place, kind and status; a project page shows updates, money raised and used', async () => {
    await insertOrganizations(h);
    const fund = await insertFund(h, { raisedFen: 500_000 });
    await insertProject({ fundId: fund.id });
    await insertProject({
      id: 'prj_choirBuilding1',
      title: '先锋社区营造',
      kind: 'community_building',
      organizationId: CHOIR,
      communityCodes: [XIANFENG],
      streetCodes: ['440113001'],
      status: 'proposed',
    });
    const titles = async (query: string): Promise<string[]> => {
      const listed = await h.request<{ data: { title: string }[] }>('GET', `/v1/projects?${query}`);
      return listed.body.data.map((p) => p.title);
    };
    expect(await titles(`community=${JINXIU}`)).toEqual(['长者助餐微创投']);
    expect(await titles(`street=${NANCUN}`)).toEqual(['长者助餐微创投']);
    expect(await titles('kind=community_building')).toEqual(['先锋社区营造']);
    expect(await titles('status=in_progress')).toEqual(['长者助餐微创投']);

    const staff = await staffToken(h, clock.now(), 'nancun.street', [
      { role: 'street_staff', scope: NANCUN },
    ]);
    const paid = await h.request('POST', `/v1/funds/${fund.id}/disbursements`, {
      key: staff.token,
      body: {
        amountFen: 120_000,
        purpose: '助餐食材',
        recipient: '锦绣香江长者会',
        projectId: 'prj_eldersMeals01',
      },
    });
    expect(paid.status).toBe(201);
    const page = await h.request('GET', '/v1/projects/prj_eldersMeals01');
    expect(page.body).toMatchObject({
      organizationName: '锦绣香江长者关爱服务队',
      communityIds: [JINXIU],
      fundId: fund.id,
      money: { raisedFen: 500_000, usedFen: 120_000 },
      updates: [],
      satisfaction: null,
      quiet: false,
    });
    // The list shows each project's money as its page does; without a fund, nothing raised.
    const listed = await h.request<{ data: { id: string; money: unknown }[] }>(
      'GET',
      '/v1/projects',
    );
    expect(Object.fromEntries(listed.body.data.map((p) => [p.id, p.money]))).toEqual({
      prj_eldersMeals01: { raisedFen: 500_000, usedFen: 120_000 },
      prj_choirBuilding1: { raisedFen: null, usedFen: 0 },
    });
  });

  it("the organization's members, social workers and staff where it runs post public updates; anyone else is 403 not_project_member at id", async () => {
    await insertOrganizations(h);
    await insertProject();
    const member = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    const worker = await staffToken(h, clock.now(), 'nancun.sw', [
      { role: 'social_worker', scope: NANCUN },
    ]);
    const outsider = await staffToken(h, clock.now(), 'choir.member', [
      { role: 'org_member', scope: CHOIR },
    ]);
    const otherStaff = await staffToken(h, clock.now(), 'xianfeng.staff', [
      { role: 'community_staff', scope: XIANFENG },
    ]);

    expect(
      (await postUpdate(member.token, 'prj_eldersMeals01', '第一批 20 户长者开始送餐。')).status,
    ).toBe(201);
    clock.advance(60_000);
    const byWorker = await postUpdate(worker.token, 'prj_eldersMeals01', '社工完成 20 户回访。');
    expect(byWorker.body).toMatchObject({ reportedBy: 'social_worker' });

    for (const someone of [outsider, otherStaff]) {
      const refused = await postUpdate(
        someone.token,
        'prj_eldersMeals01',
        '不是本项目的人发的进展',
      );
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('not_project_member');
      expect(paths(refused.body.error.issues)).toEqual(['id']);
    }
    const page = await h.request('GET', '/v1/projects/prj_eldersMeals01');
    expect(
      page.body.updates.map((u: { body: string; reportedBy: string }) => [u.reportedBy, u.body]),
    ).toEqual([
      ['social_worker', '社工完成 20 户回访。'],
      ['organization', '第一批 20 户长者开始送餐。'],
    ]);
    expect(await h.db.select().from(projectUpdates)).toHaveLength(2);
    const audited = await h.db.select().from(auditLog).where(eq(auditLog.action, 'project.update'));
    expect(audited.map((row) => row.role)).toEqual(['org_member', 'social_worker']);
  });

  it('180 days without a public update: the project is quiet, its fund refuses to pay it (409 project_quiet at projectId) until it reports', async () => {
    await insertOrganizations(h);
    const fund = await insertFund(h, { raisedFen: 500_000 });
    const reported = new Date(clock.now().getTime() - 180 * DAY);
    await insertProject({ fundId: fund.id, startsOn: '2025-01-01', lastReportedAt: reported });
    const staff = await staffToken(h, clock.now(), 'nancun.street', [
      { role: 'street_staff', scope: NANCUN },
    ]);
    const disburse = () =>
      h.request('POST', `/v1/funds/${fund.id}/disbursements`, {
        key: staff.token,
        body: {
          amountFen: 10_000,
          purpose: '食材',
          recipient: '长者会',
          projectId: 'prj_eldersMeals01',
        },
      });

    expect((await h.request('GET', '/v1/projects/prj_eldersMeals01')).body.quiet).toBe(true);
    const refused = await disburse();
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('project_quiet');
    expect(refused.body.error.issues).toMatchObject([
      { path: ['projectId'], code: 'project_quiet' },
    ]);
    expect(refused.body.error.issues[0].message).toContain('180');
    expect(await h.db.select().from(disbursements)).toEqual([]);
    const [unchanged] = await h.db.select().from(funds).where(eq(funds.id, fund.id));
    expect(unchanged!.disbursedFen).toBe(0);

    // A day less is not quiet yet, and a project not in progress never is.
    await h.db
      .update(projects)
      .set({ lastReportedAt: new Date(reported.getTime() + DAY) })
      .where(eq(projects.id, 'prj_eldersMeals01'));
    expect((await h.request('GET', '/v1/projects/prj_eldersMeals01')).body.quiet).toBe(false);
    await h.db
      .update(projects)
      .set({ lastReportedAt: reported })
      .where(eq(projects.id, 'prj_eldersMeals01'));

    const member = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    await postUpdate(member.token, 'prj_eldersMeals01', '恢复送餐，补报半年进展。');
    expect((await h.request('GET', '/v1/projects/prj_eldersMeals01')).body.quiet).toBe(false);
    expect((await disburse()).status).toBe(201);
  });

  it('a completed project links to its satisfaction results', async () => {
    await insertOrganizations(h);
    await insertProject({ status: 'completed' });
    const [survey] = await h.db
      .insert(surveys)
      .values({
        id: 'svy_projectRating1',
        districtCode: '440113',
        title: '项目满意度评价',
        description: '',
        subjectType: 'project',
        questions: [],
        resultsPublic: true,
        communityCode: JINXIU,
      })
      .returning();
    const page = await h.request('GET', '/v1/projects/prj_eldersMeals01');
    expect(page.body.satisfaction).toEqual({
      surveyId: survey!.id,
      resultsPath: `/v1/surveys/${survey!.id}/results?subject=prj_eldersMeals01`,
    });
  });
});
