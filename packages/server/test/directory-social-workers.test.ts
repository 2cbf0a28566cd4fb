import { describe, expect, it } from 'vitest';
import { organizations } from '../src/db/tables/index.js';
import { demoCreditCode } from '../src/seed/demo/support.js';
import { useHarness } from './harness.js';
import { insertStaff, testClock } from './staff-fixtures.js';
import {
  auditOf,
  JINXIU,
  NANCUN,
  NANCUN_VILLAGE,
  PANYU,
  SHIQIAO,
  useStaffSignIn,
  XIANFENG,
} from './directory-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });
const signIn = useStaffSignIn(h, clock);

const AGENCY = 'org_pyHeyueSocialWork';
const CHANGNING_AGENCY = 'org_cnMulinSocialWork';

async function insertAgencies() {
  await h.db.insert(organizations).values([
    {
      id: AGENCY,
      districtCode: PANYU,
      name: '广州市番禺区和悦社会工作服务中心',
      kind: 'social_work_agency',
      registration: 'registered',
      creditCode: demoCreditCode('52', PANYU, 'MJK100042'),
    },
    {
      id: CHANGNING_AGENCY,
      districtCode: '310105',
      name: '上海市长宁区睦邻社会工作服务社',
      kind: 'social_work_agency',
      registration: 'registered',
      creditCode: demoCreditCode('52', '310105', 'MJK100011'),
    },
  ]);
}

/** 陈嘉欣 of 和悦社工, posted to 南村镇社工站 and serving the whole street. */
const CHEN = {
  name: '陈嘉欣',
  organizationId: AGENCY,
  station: '南村镇社工站',
  certificateLevel: 'senior_social_worker',
  streetId: NANCUN,
};

const post = (key: string, body: unknown) => h.request('POST', '/v1/social-workers', { key, body });
const patch = (key: string, id: string, body: unknown) =>
  h.request('PATCH', `/v1/social-workers/${id}`, { key, body });
const list = (key: string, query = '') => h.request('GET', `/v1/social-workers${query}`, { key });
const names = (response: { body: { data: { name: string }[] } }) =>
  response.body.data.map((sw) => sw.name).sort();

const streetStaff = () => signIn('nancun.staff', [{ role: 'street_staff', scope: NANCUN }]);

describe('POST /v1/social-workers', () => {
  it('street staff add a social worker of their street, audited with person and role', async () => {
    await insertAgencies();
    const staff = await streetStaff();
    const created = await post(staff.token, CHEN);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^sw_/),
      ...CHEN,
      communityId: null,
      accountId: null,
      active: true,
    });
    const [audited] = await auditOf(h, 'social_worker.create', created.body.id);
    expect(audited).toMatchObject({ accountId: staff.id, role: 'street_staff' });
  });

  it('a 社工站 alone is enough; with neither organization nor station, or no place, the fields are named', async () => {
    const stationOnly = await post(h.keys.sk, {
      name: '何婉婷',
      station: '市桥街道社工站',
      certificateLevel: null,
      communityId: XIANFENG,
    });
    expect(stationOnly.body).toMatchObject({
      organizationId: null,
      streetId: SHIQIAO,
      certificateLevel: null,
    });
    const neither = await post(h.keys.sk, { name: '梁志豪', streetId: NANCUN });
    expect(neither.status).toBe(400);
    expect(neither.body.error.issues).toEqual([
      expect.objectContaining({ path: ['organizationId'], code: 'organization_or_station' }),
    ]);
    const nowhere = await post(h.keys.sk, { name: '梁志豪', station: '南村镇社工站' });
    expect(nowhere.body.error.issues).toEqual([
      expect.objectContaining({ path: ['communityId'], code: 'required' }),
    ]);
    const level = await post(h.keys.sk, { ...CHEN, certificateLevel: 'expert' });
    expect(level.body.error.issues[0]).toMatchObject({
      path: ['certificateLevel'],
      code: 'invalid_choice',
    });
  });

  it('community staff may not add social workers; street staff not in another street (403); another district is 404', async () => {
    await insertAgencies();
    const community = await signIn('jinxiu.staff', [{ role: 'community_staff', scope: JINXIU }]);
    expect(
      (await post(community.token, { ...CHEN, streetId: undefined, communityId: JINXIU })).status,
    ).toBe(403);
    const staff = await streetStaff();
    expect((await post(staff.token, { ...CHEN, streetId: SHIQIAO })).status).toBe(403);
    expect(await auditOf(h, 'permission.refused', 'createSocialWorker')).toHaveLength(2);
    expect((await post(staff.token, { ...CHEN, organizationId: CHANGNING_AGENCY })).status).toBe(
      404,
    );
    expect((await post(h.keys.sk, { ...CHEN, streetId: '310105002' })).status).toBe(404);
  });

  it('links a staff account with the social_worker role, one social worker per account', async () => {
    await insertAgencies();
    const account = await insertStaff(h, {
      login: 'nancun.sw',
      roles: [{ role: 'social_worker', scope: NANCUN }],
    });
    const linked = await post(h.keys.sk, { ...CHEN, accountId: account.id });
    expect(linked.body.accountId).toBe(account.id);
    const again = await post(h.keys.sk, { ...CHEN, name: '陈嘉欣（重复）', accountId: account.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('social_worker_account_taken');
    const clerk = await insertStaff(h, {
      login: 'jinxiu.clerk',
      roles: [{ role: 'community_staff', scope: JINXIU }],
    });
    const notSw = await post(h.keys.sk, { ...CHEN, accountId: clerk.id });
    expect(notSw.body.error.issues).toEqual([
      expect.objectContaining({ path: ['accountId'], code: 'account_not_social_worker' }),
    ]);
    expect((await post(h.keys.sk, { ...CHEN, accountId: 'acc_NoSuchAccount1' })).status).toBe(404);
  });
});

describe('PATCH and GET /v1/social-workers', () => {
  it('edits the certificate, moves within the street, deactivates; all audited', async () => {
    await insertAgencies();
    const staff = await streetStaff();
    const { body: chen } = await post(staff.token, CHEN);
    const certified = await patch(staff.token, chen.id, { certificateLevel: 'social_worker' });
    expect(certified.body.certificateLevel).toBe('social_worker');
    const moved = await patch(staff.token, chen.id, { communityId: NANCUN_VILLAGE });
    expect(moved.body).toMatchObject({ communityId: NANCUN_VILLAGE, streetId: NANCUN });
    expect((await patch(staff.token, chen.id, { communityId: XIANFENG })).status).toBe(403);
    const noStation = await patch(staff.token, chen.id, { organizationId: null, station: null });
    expect(noStation.body.error.issues[0]).toMatchObject({ code: 'organization_or_station' });
    const retired = await patch(staff.token, chen.id, { active: false });
    expect(retired.body.active).toBe(false);
    const audits = await auditOf(h, 'social_worker.update', chen.id);
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.accountId === staff.id && a.role === 'street_staff')).toBe(true);
  });

  it('the list shows each caller the social workers within reach', async () => {
    await insertAgencies();
    await post(h.keys.sk, CHEN);
    await post(h.keys.sk, { ...CHEN, name: '梁志豪', streetId: undefined, communityId: JINXIU });
    await post(h.keys.sk, {
      ...CHEN,
      name: '黎少芬',
      streetId: undefined,
      communityId: NANCUN_VILLAGE,
    });
    await post(h.keys.sk, { name: '何婉婷', station: '市桥街道社工站', streetId: SHIQIAO });

    expect(names(await list(h.keys.sk))).toEqual(['何婉婷', '梁志豪', '陈嘉欣', '黎少芬'].sort());
    const street = await streetStaff();
    expect(names(await list(street.token))).toEqual(['梁志豪', '陈嘉欣', '黎少芬'].sort());
    const community = await signIn('jinxiu.staff', [{ role: 'community_staff', scope: JINXIU }]);
    expect(names(await list(community.token))).toEqual(['梁志豪', '陈嘉欣'].sort());
    expect(names(await list(community.token, `?community=${NANCUN_VILLAGE}`))).toEqual([]);
    const page = await list(h.keys.sk, '?limit=3');
    expect(page.body.data).toHaveLength(3);
    const rest = await list(h.keys.sk, `?limit=3&cursor=${page.body.nextCursor}`);
    expect(rest.body.data).toHaveLength(1);
    const member = await signIn('jinxiu.elders', [{ role: 'org_member', scope: AGENCY }]);
    expect((await list(member.token)).status).toBe(403);
    expect(names(await list(h.keys.otherSk))).toEqual([]);
  });

  it('another district’s social worker is 404', async () => {
    await insertAgencies();
    const { body: zhou } = await post(h.keys.otherSk, {
      name: '周敏',
      organizationId: CHANGNING_AGENCY,
      streetId: '310105002',
    });
    expect((await patch(h.keys.sk, zhou.id, { active: false })).status).toBe(404);
    const staff = await streetStaff();
    expect((await patch(staff.token, zhou.id, { active: false })).status).toBe(404);
  });
});
