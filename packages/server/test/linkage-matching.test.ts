import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, claims, needMatches, needs } from '../src/db/tables/index.js';
import { insertNeed } from './funds-fixtures.js';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  JINXIU,
  paths,
  resourceBody,
  staffToken,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now, devRoutes: true });

const outbox = async () =>
  (await h.request('GET', '/v1/dev/outbox', { key: h.keys.sk })).body.data as {
    to: string;
    template: string;
    params: Record<string, string>;
  }[];

async function setUp() {
  await insertOrganizations(h);
  const member = await staffToken(
    h,
    clock.now(),
    'elders.member',
    [{ role: 'org_member', scope: ELDERS }],
    '13700001111',
  );
  const staff = await staffToken(h, clock.now(), 'jinxiu.staff', [
    { role: 'community_staff', scope: JINXIU },
  ]);
  const resource = await h.request('POST', '/v1/resources', {
    key: member.token,
    body: resourceBody(),
  });
  const need = await insertNeed(h, {
    kind: 'service',
    category: 'elderly_care',
    title: '独居长者需要助餐',
    valueFen: null,
  });
  return { member, staff, resourceId: resource.body.id as string, need };
}

const match = (key: string, needId: string, body: Record<string, unknown>) =>
  h.request('POST', `/v1/needs/${needId}/matches`, { key, body });
const claimAsOrg = (key: string, needId: string, body: Record<string, unknown>) =>
  h.request('POST', `/v1/needs/${needId}/organization-claims`, { key, body });

describe('供需对接: matching a need to a resource', () => {
  it('staff match, the organization is told after commit, claims the need as itself, and the public need names it', async () => {
    const { member, staff, resourceId, need } = await setUp();
    const matched = await match(staff.token, need.id, { resourceId, note: '请尽快联系' });
    expect(matched.status).toBe(201);
    expect(matched.body).toMatchObject({
      needId: need.id,
      resourceId,
      organizationId: ELDERS,
      organizationName: '锦绣香江长者关爱服务队',
    });
    expect(await outbox()).toMatchObject([
      {
        to: '13700001111',
        template: 'need_matched',
        params: {
          needId: need.id,
          needTitle: '独居长者需要助餐',
          resourceTitle: '长者助餐与上门探访',
          organization: '锦绣香江长者关爱服务队',
        },
      },
    ]);

    const claimed = await claimAsOrg(member.token, need.id, { organizationId: ELDERS });
    expect(claimed.status).toBe(201);
    expect(claimed.body).toMatchObject({
      claimantType: 'organization',
      claimantName: '锦绣香江长者关爱服务队',
      status: 'active',
    });
    const shown = await h.request('GET', `/v1/needs/${need.id}`);
    expect(shown.body).toMatchObject({
      status: 'claimed',
      claim: { claimantType: 'organization', claimantName: '锦绣香江长者关爱服务队' },
    });
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, need.id));
    expect(claim!.organizationId).toBe(ELDERS);
    const actions = (await h.db.select().from(auditLog)).map((row) => [row.action, row.role]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['need.match', 'community_staff'],
        ['need.claim_as_organization', 'org_member'],
      ]),
    );
  });

  it('nothing is sent when the match is refused: a second match of the same resource is 409 already_matched', async () => {
    const { staff, resourceId, need } = await setUp();
    await match(staff.token, need.id, { resourceId });
    const again = await match(staff.token, need.id, { resourceId });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_matched');
    expect(await outbox()).toHaveLength(1);
    expect(await h.db.select().from(needMatches)).toHaveLength(1);
  });

  it('refuses a paused resource (409 resource_paused at resourceId), a need not open, and staff of another community', async () => {
    const { member, staff, resourceId, need } = await setUp();
    await h.request('PATCH', `/v1/resources/${resourceId}`, {
      key: member.token,
      body: { status: 'paused' },
    });
    const paused = await match(staff.token, need.id, { resourceId });
    expect(paused.status).toBe(409);
    expect(paused.body.error.code).toBe('resource_paused');
    expect(paths(paused.body.error.issues)).toEqual(['resourceId']);

    await h.request('PATCH', `/v1/resources/${resourceId}`, {
      key: member.token,
      body: { status: 'published' },
    });
    const closed = await insertNeed(h, { status: 'fulfilled' });
    const notOpen = await match(staff.token, closed.id, { resourceId });
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.error.code).toBe('need_not_open');

    const elsewhere = await staffToken(h, clock.now(), 'xianfeng.staff', [
      { role: 'community_staff', scope: XIANFENG },
    ]);
    expect((await match(elsewhere.token, need.id, { resourceId })).status).toBe(403);
    expect(await h.db.select().from(needMatches)).toEqual([]);
    expect(await outbox()).toEqual([]);
  });

  it('an organization the need was not matched to may not claim it (409 need_not_matched at organizationId), nor another organization’s member', async () => {
    const { member, staff, resourceId, need } = await setUp();
    const early = await claimAsOrg(member.token, need.id, { organizationId: ELDERS });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('need_not_matched');
    expect(paths(early.body.error.issues)).toEqual(['organizationId']);

    await match(staff.token, need.id, { resourceId });
    const choir = await staffToken(h, clock.now(), 'choir.member', [
      { role: 'org_member', scope: CHOIR },
    ]);
    expect((await claimAsOrg(choir.token, need.id, { organizationId: ELDERS })).status).toBe(403);
    const notMatched = await claimAsOrg(choir.token, need.id, { organizationId: CHOIR });
    expect(notMatched.body.error.code).toBe('need_not_matched');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, need.id));
    expect(row!.status).toBe('open');
    expect(await h.db.select().from(claims)).toEqual([]);

    expect((await claimAsOrg(member.token, need.id, { organizationId: ELDERS })).status).toBe(201);
    const second = await claimAsOrg(member.token, need.id, { organizationId: ELDERS });
    expect(second.body.error.code).toBe('need_already_claimed');
  });
});
