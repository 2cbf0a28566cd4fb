import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';
import { CHOIR, ELDERS, insertOrganizations, NANCUN, SHIQIAO } from './linkage-fixtures.js';

// A reviewer's grant names a call, an organization member's an organization (SPEC §9, §11): only a
// call of the district may be named, and both are listed under the division their call or
// organization is in, as grants of a street or community are.

const clock = testClock();
const h = useHarness({ now: clock.now });

/** A call opened with `key` in `divisionId` (a district admin's, or a district's secret key). */
async function openCall(key: string, divisionId: string) {
  const answer = await h.request('POST', '/v1/calls', {
    key,
    body: {
      divisionId,
      title: '社区微创投征集',
      kind: 'micro_venture',
      budgetFen: 1_000_000,
      proposalsCloseAt: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString(),
      needCategories: ['elderly_care'],
      rubric: [{ id: 'design', name: '项目设计', weight: 100, maxScore: 10 }],
    },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id as string;
}

const invite = (key: string, login: string, scope: string) =>
  h.request('POST', '/v1/accounts', {
    key,
    body: {
      name: '评审专家',
      login,
      roles: [{ role: 'reviewer', scope }],
      contact: { mobile: '13800138000' },
    },
  });

/** The district admin, signed in. */
async function signedInAdmin() {
  const staff = await insertStaff(h, {
    login: 'panyu.admin',
    roles: [{ role: 'district_admin', scope: '440113' }],
  });
  return signInAs(h, staff, clock.now());
}

describe('a reviewer grant', () => {
  it('names a call of the district: an unknown call is scope_unknown (400), another district’s is forbidden (403); neither is created', async () => {
    const admin = await signedInAdmin();
    const ours = await openCall(admin, '440113104');
    const theirs = await openCall(h.keys.otherSk, '310105002');

    const granted = await invite(admin, 'reviewer.ours', ours);
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    expect(granted.body.roles).toEqual([{ role: 'reviewer', scope: ours }]);

    const unknown = await invite(admin, 'reviewer.unknown', 'call_0000000000000404');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([
      expect.objectContaining({ path: ['roles', 0, 'scope'], code: 'scope_unknown' }),
    ]);
    // Another district's call is outside what this admin may grant, as its communities are.
    const elsewhere = await invite(admin, 'reviewer.theirs', theirs);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('forbidden');
    const listed = await h.request('GET', '/v1/accounts?role=reviewer', { key: admin });
    expect(listed.body.data.map((account: { login: string }) => account.login)).toEqual([
      'reviewer.ours',
    ]);
  });

  it('lists reviewers and organization members under the division of their call or organization', async () => {
    const admin = await signedInAdmin();
    await insertOrganizations(h);
    const nancunCall = await openCall(admin, NANCUN);
    const districtCall = await openCall(admin, '440113');
    for (const [login, role, scope] of [
      ['reviewer.nancun', 'reviewer', nancunCall],
      ['reviewer.district', 'reviewer', districtCall],
      ['member.elders', 'org_member', ELDERS],
      ['member.choir', 'org_member', CHOIR],
    ] as const) {
      const created = await h.request('POST', '/v1/accounts', {
        key: admin,
        body: { name: '成员', login, roles: [{ role, scope }], contact: { mobile: '13800138000' } },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const listed = async (division: string) => {
      const answer = await h.request('GET', `/v1/accounts?division=${division}`, { key: admin });
      const accounts = answer.body.data as { login: string }[];
      return accounts.map((account) => account.login);
    };
    expect(await listed('440113')).toEqual([
      'member.choir',
      'member.elders',
      'panyu.admin',
      'reviewer.district',
      'reviewer.nancun',
    ]);
    expect(await listed(NANCUN)).toEqual(['member.elders', 'reviewer.nancun']);
    expect(await listed(SHIQIAO)).toEqual(['member.choir']);
  });
});
