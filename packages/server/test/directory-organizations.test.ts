import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizations } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { testClock } from './staff-fixtures.js';
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

/** A community group filed (备案) with its street: no credit code. */
const CALLIGRAPHY = {
  name: '锦绣香江社区书画社',
  kind: 'community_social_org',
  category: 'culture',
  registration: 'filed',
  communityId: JINXIU,
};
/** A registered (登记) foundation with the real-shaped code of 中国青少年发展基金会. */
const FOUNDATION = {
  name: '南村镇社区公益基金会',
  kind: 'foundation',
  registration: 'registered',
  creditCode: '53100000500021676K',
  streetId: NANCUN,
};

const post = (key: string, body: unknown) => h.request('POST', '/v1/organizations', { key, body });
const patch = (key: string, id: string, body: unknown) =>
  h.request('PATCH', `/v1/organizations/${id}`, { key, body });

const communityStaff = () => signIn('jinxiu.staff', [{ role: 'community_staff', scope: JINXIU }]);

describe('POST /v1/organizations', () => {
  it('community staff file a group in their community; it is listed and audited with person and role', async () => {
    const staff = await communityStaff();
    const filed = await post(staff.token, CALLIGRAPHY);
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual({
      id: expect.stringMatching(/^org_/),
      ...CALLIGRAPHY,
      creditCode: null,
      streetId: NANCUN,
      publicFundraising: false,
      active: true,
    });
    const listed = await h.request('GET', `/v1/organizations?community=${JINXIU}`);
    expect(listed.body.data.map((org: { id: string }) => org.id)).toContain(filed.body.id);
    const [audited] = await auditOf(h, 'organization.create', filed.body.id);
    expect(audited).toMatchObject({ accountId: staff.id, role: 'community_staff' });
  });

  it('street staff register an organization for the whole street; the credit code is normalised', async () => {
    const street = await signIn('nancun.staff', [{ role: 'street_staff', scope: NANCUN }]);
    const registered = await post(street.token, {
      ...FOUNDATION,
      creditCode: '5310 0000 5000 2167 6k',
    });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({
      creditCode: '53100000500021676K',
      streetId: NANCUN,
      communityId: null,
    });
    const twice = await post(street.token, FOUNDATION);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('organization_exists');
  });

  it('names the bad fields: checksum, a filed group with a code, a missing category, a community outside its street', async () => {
    const checksum = await post(h.keys.sk, { ...FOUNDATION, creditCode: '53100000500021676L' });
    expect(checksum.status).toBe(400);
    expect(checksum.body.error.issues).toEqual([
      expect.objectContaining({ path: ['creditCode'], code: 'credit_code_checksum' }),
    ]);
    const missing = await post(h.keys.sk, { ...FOUNDATION, creditCode: undefined });
    expect(missing.body.error.issues).toEqual([
      expect.objectContaining({ path: ['creditCode'], code: 'required' }),
    ]);
    const filedWithCode = await post(h.keys.sk, {
      ...CALLIGRAPHY,
      creditCode: '53100000500021676K',
    });
    expect(filedWithCode.body.error.issues).toEqual([
      expect.objectContaining({ path: ['creditCode'], code: 'credit_code_not_for_filed' }),
    ]);
    const noCategory = await post(h.keys.sk, { ...CALLIGRAPHY, category: null });
    expect(noCategory.body.error.issues).toEqual([
      expect.objectContaining({ path: ['category'], code: 'required' }),
    ]);
    const elsewhere = await post(h.keys.sk, { ...CALLIGRAPHY, streetId: SHIQIAO });
    expect(elsewhere.body.error.issues).toEqual([
      expect.objectContaining({ path: ['communityId'], code: 'division_not_in_parent' }),
    ]);
    const unknown = await post(h.keys.sk, { ...CALLIGRAPHY, communityId: '440113104077' });
    expect(unknown.status).toBe(404);
  });

  it('community staff registering in another community are refused (403, audited); another district is 404', async () => {
    const staff = await communityStaff();
    const next = await post(staff.token, { ...CALLIGRAPHY, communityId: NANCUN_VILLAGE });
    expect(next.status).toBe(403);
    expect(next.body.error.code).toBe('forbidden');
    const streetWide = await post(staff.token, { ...FOUNDATION });
    expect(streetWide.status).toBe(403);
    const districtWide = await post(staff.token, { ...FOUNDATION, streetId: undefined });
    expect(districtWide.status).toBe(403);
    const refusals = await auditOf(h, 'permission.refused', 'createOrganization');
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toMatchObject({ accountId: staff.id });

    const changning = await post(h.keys.sk, { ...CALLIGRAPHY, communityId: '310105002001' });
    expect(changning.status).toBe(404);
    const socialWorker = await signIn('nancun.sw', [{ role: 'social_worker', scope: NANCUN }]);
    expect((await post(socialWorker.token, CALLIGRAPHY)).status).toBe(403);
  });
});

describe('PATCH /v1/organizations/{id}', () => {
  it('community staff edit and deactivate their own; inactive ones leave the public list', async () => {
    const staff = await communityStaff();
    const { body: org } = await post(staff.token, CALLIGRAPHY);
    const edited = await patch(staff.token, org.id, {
      category: 'charity',
      description: '书画义卖',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ category: 'charity', description: '书画义卖' });
    const closed = await patch(staff.token, org.id, { active: false });
    expect(closed.body.active).toBe(false);
    const listed = await h.request('GET', `/v1/organizations?community=${JINXIU}`);
    expect(listed.body.data.map((o: { id: string }) => o.id)).not.toContain(org.id);
    const inactive = await h.request('GET', `/v1/organizations?community=${JINXIU}&active=false`);
    expect(inactive.body.data.map((o: { id: string }) => o.id)).toEqual([org.id]);

    const audits = await auditOf(h, 'organization.update', org.id);
    expect(audits.map((a) => [a.accountId, a.role])).toEqual([
      [staff.id, 'community_staff'],
      [staff.id, 'community_staff'],
    ]);
    expect(audits[1]!.detail).toMatchObject({ changes: { active: false } });
  });

  it('registering a filed group takes its credit code; the record after the edit keeps the rules', async () => {
    const { body: org } = await post(h.keys.sk, CALLIGRAPHY);
    const noCode = await patch(h.keys.sk, org.id, { registration: 'registered' });
    expect(noCode.status).toBe(400);
    expect(noCode.body.error.issues).toEqual([
      expect.objectContaining({ path: ['creditCode'], code: 'required' }),
    ]);
    const real = await patch(h.keys.sk, org.id, {
      registration: 'registered',
      creditCode: '53100000500021676K',
    });
    expect(real.body).toMatchObject({
      registration: 'registered',
      creditCode: '53100000500021676K',
    });
  });

  it('moving an organization needs a role that covers where it goes too', async () => {
    const staff = await communityStaff();
    const { body: org } = await post(staff.token, CALLIGRAPHY);
    const away = await patch(staff.token, org.id, { communityId: XIANFENG });
    expect(away.status).toBe(403);
    const [refused] = await auditOf(h, 'permission.refused', 'updateOrganization');
    expect(refused!.detail).toMatchObject({ target: { communityCode: XIANFENG } });
    const street = await signIn('nancun.staff', [{ role: 'street_staff', scope: NANCUN }]);
    const within = await patch(street.token, org.id, { communityId: NANCUN_VILLAGE });
    expect(within.body).toMatchObject({ communityId: NANCUN_VILLAGE, streetId: NANCUN });
    expect((await patch(street.token, org.id, { communityId: XIANFENG })).status).toBe(403);
    // Community staff of 锦绣香江 no longer reach it at all.
    expect((await patch(staff.token, org.id, { name: '书画社' })).status).toBe(403);
    const admin = await signIn('panyu.admin', [{ role: 'district_admin', scope: PANYU }]);
    const districtWide = await patch(admin.token, org.id, { communityId: null, streetId: null });
    expect(districtWide.body).toMatchObject({ communityId: null, streetId: null });
    const [row] = await h.db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(row).toMatchObject({ communityCode: null, streetCode: null });
  });

  it('another district’s organization is 404 to everyone here', async () => {
    const { body: org } = await post(h.keys.otherSk, {
      ...CALLIGRAPHY,
      communityId: '310105002001',
    });
    expect(org.id).toMatch(/^org_/);
    expect((await patch(h.keys.sk, org.id, { active: false })).status).toBe(404);
    const staff = await communityStaff();
    expect((await patch(staff.token, org.id, { active: false })).status).toBe(404);
  });
});
