import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, resources } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  JINXIU,
  NANCUN,
  NANCUN_VILLAGE,
  paths,
  resourceBody,
  staffToken,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const create = (key: string, body: Record<string, unknown>) =>
  h.request('POST', '/v1/resources', { key, body });
const patch = (key: string, id: string, body: Record<string, unknown>) =>
  h.request('PATCH', `/v1/resources/${id}`, { key, body });
const list = (query: string) => h.request('GET', `/v1/resources?${query}`);

describe('resources (资源清单)', () => {
  it('an org_member publishes its resource, audited with the person and role; the public list finds it by place, category, group and Chinese search', async () => {
    await insertOrganizations(h);
    const member = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    const created = await create(member.token, resourceBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      organizationName: '锦绣香江长者关爱服务队',
      communityIds: [JINXIU, NANCUN_VILLAGE],
      status: 'published',
      contact: { name: '陈姑娘', phone: '020-8478 1234' },
    });
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'resource.create'));
    expect(audit).toMatchObject({
      accountId: member.id,
      role: 'org_member',
      subjectId: created.body.id,
    });

    const choir = await staffToken(h, clock.now(), 'choir.member', [
      { role: 'org_member', scope: CHOIR },
    ]);
    expect(
      (
        await create(
          choir.token,
          resourceBody({
            organizationId: CHOIR,
            title: '少儿合唱兴趣班',
            description: '周末为社区儿童开设合唱兴趣班，免费参加。',
            category: 'culture_sports',
            targetGroups: ['children'],
            communityIds: [XIANFENG],
          }),
        )
      ).status,
    ).toBe(201);

    const ids = (body: { data: { title: string }[] }) => body.data.map((r) => r.title);
    expect(ids((await list(`community=${JINXIU}`)).body)).toEqual(['长者助餐与上门探访']);
    expect(ids((await list(`street=${NANCUN}`)).body)).toEqual(['长者助餐与上门探访']);
    expect(ids((await list(`community=${XIANFENG}`)).body)).toEqual(['少儿合唱兴趣班']);
    expect(ids((await list('category=culture_sports')).body)).toEqual(['少儿合唱兴趣班']);
    expect(ids((await list('group=elders')).body)).toEqual(['长者助餐与上门探访']);
    // The needs' search: two characters of a word, in the title or description, within a place.
    expect(ids((await list(`q=${encodeURIComponent('探访')}`)).body)).toEqual([
      '长者助餐与上门探访',
    ]);
    expect(ids((await list(`q=${encodeURIComponent('合唱')}&community=${JINXIU}`)).body)).toEqual(
      [],
    );
    expect(ids((await list(`q=${encodeURIComponent('独居 送餐')}`)).body)).toEqual([
      '长者助餐与上门探访',
    ]);
    expect((await list(`q=${encodeURIComponent('！！')}`)).body.data).toEqual([]);
    const one = await h.request('GET', `/v1/resources/${created.body.id}`);
    expect(one.body.title).toBe('长者助餐与上门探访');
  });

  it('pausing takes a resource off the public list; staff of a community it serves may pause it, staff elsewhere may not', async () => {
    await insertOrganizations(h);
    const member = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    const id = (await create(member.token, resourceBody())).body.id as string;

    const village = await staffToken(h, clock.now(), 'village.staff', [
      { role: 'community_staff', scope: NANCUN_VILLAGE },
    ]);
    const elsewhere = await staffToken(h, clock.now(), 'xianfeng.staff', [
      { role: 'community_staff', scope: XIANFENG },
    ]);
    const refused = await patch(elsewhere.token, id, { status: 'paused' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const choir = await staffToken(h, clock.now(), 'choir.member', [
      { role: 'org_member', scope: CHOIR },
    ]);
    expect((await patch(choir.token, id, { status: 'paused' })).status).toBe(403);

    const paused = await patch(village.token, id, { status: 'paused', capacity: null });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ status: 'paused', capacity: null });
    expect((await list(`community=${JINXIU}`)).body.data).toEqual([]);
    expect((await h.request('GET', `/v1/resources/${id}`)).status).toBe(404);

    const back = await patch(member.token, id, { status: 'published', communityIds: [JINXIU] });
    expect(back.body.communityIds).toEqual([JINXIU]);
    expect((await list(`community=${NANCUN_VILLAGE}`)).body.data).toEqual([]);
    expect((await list(`community=${JINXIU}`)).body.data).toHaveLength(1);
  });

  it('refuses a community the district does not have, at its index, and changes nothing', async () => {
    await insertOrganizations(h);
    const member = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    const refused = await create(
      member.token,
      resourceBody({ communityIds: [JINXIU, '310105002001'], targetGroups: [] }),
    );
    expect(refused.status).toBe(400);
    expect(paths(refused.body.error.issues)).toEqual(['targetGroups']);
    const elsewhere = await create(
      member.token,
      resourceBody({ communityIds: [JINXIU, '310105002001'] }),
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues).toMatchObject([
      { path: ['communityIds', 1], code: 'division_not_in_parent' },
    ]);
    expect(await h.db.select().from(resources)).toEqual([]);
  });

  it('pages newest first with a cursor', async () => {
    await insertOrganizations(h);
    const member = await staffToken(h, clock.now(), 'elders.member', [
      { role: 'org_member', scope: ELDERS },
    ]);
    for (const title of ['第一项服务', '第二项服务', '第三项服务']) {
      clock.advance(1000);
      await create(member.token, resourceBody({ title }));
    }
    const first = await list('limit=2');
    expect(first.body.data.map((r: { title: string }) => r.title)).toEqual([
      '第三项服务',
      '第二项服务',
    ]);
    const second = await list(`limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.data.map((r: { title: string }) => r.title)).toEqual(['第一项服务']);
    expect(second.body.nextCursor).toBeNull();
    const forged = Buffer.from(JSON.stringify(['not a time', 'res_x'])).toString('base64url');
    const refused = await list(`cursor=${forged}`);
    expect(refused.status).toBe(400);
    expect(paths(refused.body.error.issues)).toEqual(['cursor']);
    const projects = await h.request('GET', `/v1/projects?cursor=${forged}`);
    expect(projects.status).toBe(400);
  });
});
