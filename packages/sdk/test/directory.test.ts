import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import {
  ConflictError,
  createClient,
  NotFoundError,
  PermissionError,
  ValidationError,
} from '../src/index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: 'demo', staff: true });
});
afterAll(() => server.close());

const clientOf = (auth: { secretKey?: string; staffToken?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, ...auth });

async function staffClient(login: string) {
  const signedIn = await clientOf({}).staff.signIn({ login, password: DEMO_STAFF_PASSWORD });
  return clientOf({ staffToken: signedIn.session.token });
}

describe('divisions.create and divisions.update', () => {
  it('a district admin (secret key) adds a village and sets its population; the tree shows it', async () => {
    const admin = clientOf({ secretKey: server.keys.secret });
    const request = {
      code: '440113104201',
      name: '南村村村委会',
      parentCode: '440113104',
      kind: 'rural_village',
    } as const;
    const village = await admin.divisions.create(request);
    expect(village).toMatchObject({ code: '440113104201', population: null });
    const updated = await admin.divisions.update({ code: '440113104201', population: 6_800 });
    expect(updated.population).toBe(6_800);
    const tree = await admin.divisions.list();
    const nancun = tree.streets.find((street) => street.code === '440113104');
    expect(nancun?.communities.find((c) => c.code === '440113104201')?.population).toBe(6_800);
    await expect(admin.divisions.create(request)).rejects.toBeInstanceOf(ConflictError);
  });

  it('checks the kind against the code before sending', async () => {
    const admin = clientOf({ secretKey: server.keys.secret });
    const refused = admin.divisions.create({
      code: '440113104202',
      name: '某村',
      parentCode: '440113104',
      kind: 'town',
    });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['kind'], code: 'division_kind_level' })],
    });
  });
});

describe('organizations.create and organizations.update', () => {
  it('community staff file a group in their community and are refused next door', async () => {
    const staff = await staffClient('jinxiu.staff');
    const org = await staff.organizations.create({
      name: '锦绣香江社区书画社',
      kind: 'community_social_org',
      category: 'culture',
      registration: 'filed',
      communityId: '440113104001',
    });
    expect(org).toMatchObject({ streetId: '440113104', active: true, creditCode: null });
    const edited = await staff.organizations.update({ id: org.id, active: false });
    expect(edited.active).toBe(false);
    await expect(
      staff.organizations.update({ id: org.id, communityId: '440113104002' }),
    ).rejects.toBeInstanceOf(PermissionError);
  });

  it('a credit code with a wrong check character never leaves the client', async () => {
    const admin = clientOf({ secretKey: server.keys.secret });
    await expect(
      admin.organizations.create({
        name: '某基金会',
        kind: 'foundation',
        registration: 'registered',
        creditCode: '53100000500021676L',
      }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['creditCode'], code: 'credit_code_checksum' })],
    });
  });
});

describe('socialWorkers', () => {
  it('street staff list the seeded social workers of their street and add one', async () => {
    const staff = await staffClient('nancun.staff');
    const page = await staff.socialWorkers.list();
    expect(page.data.map((sw) => sw.name).sort()).toEqual(['梁志豪', '陈嘉欣', '黎少芬'].sort());
    expect(page.data.find((sw) => sw.name === '陈嘉欣')?.accountId).toBe('acc_pyChenJiaxin');
    const added = await staff.socialWorkers.create({
      name: '罗嘉怡',
      organizationId: 'org_pyHeyueSocialWork',
      station: '南村镇社工站',
      certificateLevel: 'assistant_social_worker',
      communityId: '440113104001',
    });
    expect(added).toMatchObject({ streetId: '440113104', accountId: null });
    const certified = await staff.socialWorkers.update({
      id: added.id,
      certificateLevel: 'social_worker',
    });
    expect(certified.certificateLevel).toBe('social_worker');
    await expect(
      staff.socialWorkers.update({ id: 'sw_cnZhouMin', active: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('community staff may read but not add social workers', async () => {
    const staff = await staffClient('jinxiu.staff');
    const page = await staff.socialWorkers.list();
    expect(page.data.length).toBeGreaterThan(0);
    await expect(
      staff.socialWorkers.create({
        name: '某社工',
        station: '南村镇社工站',
        communityId: '440113104001',
      }),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});
