import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { communities, streets } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { testClock } from './staff-fixtures.js';
import { auditOf, JINXIU, NANCUN, PANYU, useStaffSignIn } from './directory-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });
const signIn = useStaffSignIn(h, clock);

const SHAWAN = {
  code: '440113103',
  name: '沙湾街道',
  parentCode: PANYU,
  kind: 'street',
  population: 56_000,
};
const SHAWAN_VILLAGE = {
  code: '440113103201',
  name: '三善村委会',
  parentCode: '440113103',
  kind: 'rural_village',
};

const post = (key: string, body: unknown) => h.request('POST', '/v1/divisions', { key, body });
const patch = (key: string, code: string, body: unknown) =>
  h.request('PATCH', `/v1/divisions/${code}`, { key, body });

describe('POST /v1/divisions', () => {
  it('a district admin adds a street and then a village under it; the tree shows kind and population', async () => {
    const admin = await signIn('panyu.admin', [{ role: 'district_admin', scope: PANYU }]);
    const street = await post(admin.token, SHAWAN);
    expect(street.status).toBe(201);
    expect(street.body).toEqual({ ...SHAWAN, kind: 'street' });
    const village = await post(admin.token, SHAWAN_VILLAGE);
    expect(village.status).toBe(201);
    expect(village.body).toMatchObject({ code: '440113103201', population: null });

    const tree = await h.request('GET', '/v1/divisions');
    const shawan = tree.body.streets.find((s: { code: string }) => s.code === '440113103');
    expect(shawan).toEqual({
      code: '440113103',
      name: '沙湾街道',
      kind: 'street',
      population: 56_000,
      communities: [
        { code: '440113103201', name: '三善村委会', kind: 'rural_village', population: null },
      ],
    });

    const [audited] = await auditOf(h, 'division.create', '440113103201');
    expect(audited).toMatchObject({
      accountId: admin.id,
      role: 'district_admin',
      subjectType: 'division',
    });
  });

  it('refuses a kind that does not fit the level, a parent that is not the code’s, and a missing street', async () => {
    const kind = await post(h.keys.sk, { ...SHAWAN, kind: 'urban_community' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.issues).toEqual([
      expect.objectContaining({ path: ['kind'], code: 'division_kind_level' }),
    ]);
    const parent = await post(h.keys.sk, { ...SHAWAN_VILLAGE, parentCode: NANCUN });
    expect(parent.body.error.issues).toEqual([
      expect.objectContaining({ path: ['parentCode'], code: 'division_not_in_parent' }),
    ]);
    const orphan = await post(h.keys.sk, SHAWAN_VILLAGE);
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.issues).toEqual([
      expect.objectContaining({ path: ['parentCode'], code: 'division_parent_missing' }),
    ]);
    const code = await post(h.keys.sk, { ...SHAWAN, code: '44011310' });
    expect(code.body.error.issues[0]).toMatchObject({
      path: ['code'],
      code: 'street_or_community_code',
    });
    const population = await post(h.keys.sk, { ...SHAWAN, population: -5 });
    expect(population.body.error.issues[0].path).toEqual(['population']);
  });

  it('a code that exists is 409 division_exists, in the caller’s language', async () => {
    const again = await h.request('POST', '/v1/divisions', {
      key: h.keys.sk,
      body: { code: JINXIU, name: '锦绣香江', parentCode: NANCUN, kind: 'urban_community' },
      headers: { 'Accept-Language': 'en' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'division_exists',
      message: 'A street or community with this code exists already',
    });
  });

  it('street staff may not add divisions (403, audited); another district’s code is 404', async () => {
    const street = await signIn('nancun.staff', [{ role: 'street_staff', scope: NANCUN }]);
    const refused = await post(street.token, {
      ...SHAWAN_VILLAGE,
      parentCode: NANCUN,
      code: '440113104003',
    });
    expect(refused.status).toBe(403);
    const [audited] = await auditOf(h, 'permission.refused', 'createDivision');
    expect(audited).toMatchObject({ accountId: street.id });

    const other = await post(h.keys.sk, {
      code: '310105003',
      name: '江苏路街道',
      parentCode: '310105',
      kind: 'street',
    });
    expect(other.status).toBe(404);
    expect(await h.db.select().from(streets).where(eq(streets.code, '310105003'))).toEqual([]);
  });
});

describe('PATCH /v1/divisions/{code}', () => {
  it('changes name, kind and population but never the code; audited with the change', async () => {
    const admin = await signIn('panyu.admin', [{ role: 'district_admin', scope: PANYU }]);
    const changed = await patch(admin.token, JINXIU, {
      name: '锦绣香江社区居委会',
      kind: 'urban_community',
      population: 23_500,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      code: JINXIU,
      parentCode: NANCUN,
      name: '锦绣香江社区居委会',
      kind: 'urban_community',
      population: 23_500,
    });
    const cleared = await patch(admin.token, JINXIU, { population: null });
    expect(cleared.body.population).toBeNull();
    const [row] = await h.db.select().from(communities).where(eq(communities.code, JINXIU));
    expect(row).toMatchObject({ name: '锦绣香江社区居委会', population: null });

    const moved = await patch(admin.token, JINXIU, { code: '440113104009' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.issues[0]).toMatchObject({ path: ['code'], code: 'unknown_field' });
    const town = await patch(admin.token, NANCUN, { kind: 'town', population: 150_000 });
    expect(town.body).toMatchObject({ code: NANCUN, parentCode: PANYU, kind: 'town' });
    const wrongKind = await patch(admin.token, NANCUN, { kind: 'rural_village' });
    expect(wrongKind.body.error.issues).toEqual([
      expect.objectContaining({ path: ['kind'], code: 'division_kind_level' }),
    ]);

    const audits = await auditOf(h, 'division.update', JINXIU);
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ accountId: admin.id, role: 'district_admin' });
    expect(audits[0]!.detail).toMatchObject({ changes: { population: 23_500 } });
  });

  it('an unknown code of the district is 404, and so is another district’s', async () => {
    expect((await patch(h.keys.sk, '440113104099', { name: '无此社区' })).status).toBe(404);
    expect((await patch(h.keys.sk, '310105002001', { name: '番禺路' })).status).toBe(404);
  });
});
