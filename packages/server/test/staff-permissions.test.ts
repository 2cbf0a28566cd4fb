import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CommunityCode, prefixedId, type RouteDefinition } from '@wushe/schema';
import { auditLog, organizations } from '../src/db/tables/index.js';
import { bind } from '../src/http/route.js';
import { useHarness } from './harness.js';
import { useNeedHelpers } from './needs-fixtures.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });
const needs = useNeedHelpers(h);

/*
 * Routes declared only for this file, the way the contract declares them: the binder's check is
 * what is under test, whatever the route does.
 */
const inCommunity = {
  id: 'testActInCommunity',
  method: 'POST',
  path: '/v1/test-permissions/communities/{communityId}',
  summary: 'test',
  tag: 'test',
  auth: 'staff',
  params: z.strictObject({ communityId: CommunityCode }),
  status: 200,
  errors: [],
  idempotency: 'optional',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
    scope: { in: 'params', field: 'communityId', subject: 'division' },
  },
} as const satisfies RouteDefinition;

const forOrganization = {
  ...inCommunity,
  id: 'testActForOrganization',
  path: '/v1/test-permissions/organizations/{organizationId}',
  params: z.strictObject({ organizationId: prefixedId('org') }),
  permission: {
    roles: ['org_member'],
    scope: { in: 'params', field: 'organizationId', subject: 'organization' },
  },
} as const satisfies RouteDefinition;

const onNeed = {
  ...inCommunity,
  id: 'testActOnNeed',
  path: '/v1/test-permissions/needs/{needId}',
  params: z.strictObject({ needId: prefixedId('need') }),
  permission: {
    roles: ['community_staff', 'district_admin'],
    scope: { in: 'params', field: 'needId', subject: 'need' },
  },
} as const satisfies RouteDefinition;

const anyCommunityStaff = {
  id: 'testCommunityQueue',
  method: 'GET',
  path: '/v1/test-permissions/queue',
  summary: 'test',
  tag: 'test',
  auth: 'staff',
  status: 200,
  errors: [],
  permission: { roles: ['community_staff'] },
} as const satisfies RouteDefinition;

beforeAll(() => {
  for (const route of [inCommunity, forOrganization, onNeed, anyCommunityStaff]) {
    bind(h.app, h.app.deps, route as RouteDefinition, async (context) => {
      if (route.method === 'POST') await context.audit('test.acted', 'path', context.c.req.path);
      return { role: context.auth.role ?? null };
    });
  }
});

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const XIANFENG = '440113001001';
const CHANGNING_COMMUNITY = '310105002001';

async function tokenOf(login: string, roles: Parameters<typeof insertStaff>[1]['roles']) {
  const staff = await insertStaff(h, { login, roles });
  return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
}
const act = (key: string, path: string) =>
  h.request('POST', `/v1/test-permissions/${path}`, { key });

describe('the binder checks role and scope from the route’s declaration', () => {
  it('community staff act in their community and are refused in the next one, audited', async () => {
    const staff = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const own = await act(staff.token, `communities/${JINXIU}`);
    expect(own.status).toBe(200);
    expect(own.body.role).toBe('community_staff');
    const next = await act(staff.token, `communities/${NANCUN_VILLAGE}`);
    expect(next.status).toBe(403);
    expect(next.body.error.code).toBe('forbidden');

    const [refusal] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'permission.refused'));
    expect(refusal).toMatchObject({
      accountId: staff.id,
      subjectType: 'route',
      subjectId: 'testActInCommunity',
      requestId: next.body.error.requestId,
    });
    const [acted] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'test.acted'));
    expect(acted).toMatchObject({ accountId: staff.id, role: 'community_staff' });
  });

  it('street staff cover every community of their street, and no other street', async () => {
    const staff = await tokenOf('nancun.street', [{ role: 'street_staff', scope: '440113104' }]);
    expect((await act(staff.token, `communities/${JINXIU}`)).status).toBe(200);
    expect((await act(staff.token, `communities/${NANCUN_VILLAGE}`)).status).toBe(200);
    expect((await act(staff.token, `communities/${XIANFENG}`)).status).toBe(403);
  });

  it('a social worker of a street covers its communities', async () => {
    const staff = await tokenOf('sw.nancun', [{ role: 'social_worker', scope: '440113104' }]);
    const response = await act(staff.token, `communities/${JINXIU}`);
    expect(response.body.role).toBe('social_worker');
  });

  it('a district admin covers the district; another district’s subjects are not found', async () => {
    const staff = await tokenOf('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);
    expect((await act(staff.token, `communities/${XIANFENG}`)).body.role).toBe('district_admin');
    expect((await act(staff.token, `communities/${CHANGNING_COMMUNITY}`)).status).toBe(404);
  });

  it('a secret key acts as district_admin of its district, and the audit names the key', async () => {
    const response = await act(h.keys.sk, `communities/${JINXIU}`);
    expect(response.body.role).toBe('district_admin');
    const [acted] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'test.acted'));
    expect(acted).toMatchObject({ accountId: null, role: 'district_admin' });
    expect(acted!.apiKeyId).toMatch(/^key_/);
    expect((await act(h.keys.sk, `communities/${CHANGNING_COMMUNITY}`)).status).toBe(404);
    expect((await act(h.keys.pk, `communities/${JINXIU}`)).body.error.code).toBe(
      'secret_key_required',
    );
  });

  it('a role the route does not name is refused, whatever its scope', async () => {
    const reviewer = await tokenOf('expert.wang', [
      { role: 'reviewer', scope: 'call_0000000000000001' },
    ]);
    expect((await act(reviewer.token, `communities/${JINXIU}`)).status).toBe(403);
  });

  it('an organization’s member acts for it and not for another organization', async () => {
    await h.db.insert(organizations).values(
      ['org_0000000000000001', 'org_0000000000000002'].map((id, i) => ({
        id,
        districtCode: '440113',
        name: `社区组织 ${i}`,
        kind: 'community_social_org',
        registration: 'filed',
        communityCode: JINXIU,
        streetCode: '440113104',
      })),
    );
    const member = await tokenOf('member.one', [
      { role: 'org_member', scope: 'org_0000000000000001' },
    ]);
    expect((await act(member.token, 'organizations/org_0000000000000001')).status).toBe(200);
    expect((await act(member.token, 'organizations/org_0000000000000002')).status).toBe(403);
  });

  it('a need is placed by its community: its community’s staff may act on it, others may not', async () => {
    const needId = await needs.postNeed({ communityId: JINXIU });
    const own = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const next = await tokenOf('li.ming', [{ role: 'community_staff', scope: NANCUN_VILLAGE }]);
    expect((await act(own.token, `needs/${needId}`)).status).toBe(200);
    expect((await act(next.token, `needs/${needId}`)).status).toBe(403);
  });

  it('without a declared scope, holding the role is enough', async () => {
    const staff = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const street = await tokenOf('nancun.street', [{ role: 'street_staff', scope: '440113104' }]);
    const queue = (key: string) => h.request('GET', '/v1/test-permissions/queue', { key });
    expect((await queue(staff.token)).status).toBe(200);
    expect((await queue(street.token)).status).toBe(403);
    const refusals = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'permission.refused'), eq(auditLog.accountId, street.id)));
    expect(refusals).toHaveLength(1);
  });
});

describe('PATCH /v1/needs/{id} is declared for staff within the need’s place', () => {
  it('community staff review a need of their community, not one of the next community', async () => {
    const own = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const next = await tokenOf('li.ming', [{ role: 'community_staff', scope: NANCUN_VILLAGE }]);
    const needId = await needs.postNeed({ communityId: JINXIU });
    const refused = await needs.patch(needId, { status: 'open' }, next.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const approved = await needs.patch(needId, { status: 'open' }, own.token);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('open');
    const rows = await h.db.select().from(auditLog).where(eq(auditLog.subjectId, needId));
    expect(
      rows.map((row) => [row.action === 'permission.refused', row.accountId, row.role]),
    ).toEqual(expect.arrayContaining([[false, own.id, 'community_staff']]));
  });

  it('street staff of another street and an organization member are refused', async () => {
    const needId = await needs.postNeed({ communityId: JINXIU });
    const shiqiao = await tokenOf('shiqiao.street', [{ role: 'street_staff', scope: '440113001' }]);
    const member = await tokenOf('member.one', [
      { role: 'org_member', scope: 'org_0000000000000001' },
    ]);
    expect((await needs.patch(needId, { status: 'open' }, shiqiao.token)).status).toBe(403);
    expect((await needs.patch(needId, { status: 'open' }, member.token)).status).toBe(403);
    const nancun = await tokenOf('nancun.street', [{ role: 'street_staff', scope: '440113104' }]);
    expect((await needs.patch(needId, { status: 'open' }, nancun.token)).status).toBe(200);
  });
});
