import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

// A reviewer's grant names a call (SPEC §9, §11): only a call of the district may be named, as
// only a street, community or organization of the district may.

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

describe('a reviewer grant', () => {
  it('names a call of the district: an unknown call is scope_unknown (400), another district’s is forbidden (403); neither is created', async () => {
    const staff = await insertStaff(h, {
      login: 'panyu.admin',
      roles: [{ role: 'district_admin', scope: '440113' }],
    });
    const admin = await signInAs(h, staff, clock.now());
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
});
