import { describe, expect, it } from 'vitest';
import { insertNeed } from './funds-fixtures.js';
import { useHarness } from './harness.js';
import {
  ELDERS,
  insertOrganizations,
  JINXIU,
  resourceBody,
  staffToken,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

async function setUp() {
  await insertOrganizations(h);
  const member = await staffToken(h, clock.now(), 'elders.member', [
    { role: 'org_member', scope: ELDERS },
  ]);
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

const matchesOf = (key: string, needId: string) =>
  h.request('GET', `/v1/needs/${needId}/matches`, { key });

describe('GET /v1/needs/{id}/matches: the resources a need was matched to', () => {
  it('lists nothing before a match, then the match with the organization told', async () => {
    const { staff, resourceId, need } = await setUp();
    const before = await matchesOf(staff.token, need.id);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ data: [] });

    const made = await h.request('POST', `/v1/needs/${need.id}/matches`, {
      key: staff.token,
      body: { resourceId, note: '请尽快联系' },
    });
    const after = await matchesOf(staff.token, need.id);
    expect(after.status).toBe(200);
    expect(after.body.data).toEqual([made.body]);
    expect(after.body.data[0]).toMatchObject({
      resourceId,
      organizationId: ELDERS,
      organizationName: '锦绣香江长者关爱服务队',
      note: '请尽快联系',
    });
  });

  it('refuses staff of another community (403), an organization’s member and a publishable key (403), and an unknown need (404)', async () => {
    const { member, need } = await setUp();
    const elsewhere = await staffToken(h, clock.now(), 'xianfeng.staff', [
      { role: 'community_staff', scope: XIANFENG },
    ]);
    const outOfScope = await matchesOf(elsewhere.token, need.id);
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.body.error.code).toBe('forbidden');
    expect((await matchesOf(member.token, need.id)).status).toBe(403);
    expect((await matchesOf(h.keys.sk, 'need_doesNotExist1')).status).toBe(404);
    // A resident page's key reads no staff list.
    expect((await matchesOf(h.keys.pk, need.id)).status).toBe(403);
  });
});
