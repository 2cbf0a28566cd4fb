import { describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN_STREET = '440113104';

interface Entry {
  id: string;
  at: string;
  action: string;
  subjectType: string;
  subjectId: string;
  accountId: string | null;
  accountName: string | null;
  role: string | null;
  apiKeyId: string;
  requestId: string;
  detail: Record<string, unknown> | null;
}

async function signIn(login: string, roles: Parameters<typeof insertStaff>[1]['roles']) {
  const staff = await insertStaff(h, { login, roles });
  return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
}

const readAudit = (key: string, query = '') =>
  h.request<{ data: Entry[]; nextCursor: string | null; error?: never }>(
    'GET',
    `/v1/audit${query}`,
    { key },
  );

/** Entries written straight into the log at known times, in 番禺区 and in 长宁区. */
async function insertEntries() {
  const base = {
    apiKeyId: 'key_test',
    accountId: null,
    role: 'district_admin',
    subjectType: 'need',
    requestId: 'req_test',
    detail: null,
  };
  const rows = await h.db
    .insert(auditLog)
    .values([
      {
        ...base,
        districtCode: '440113',
        action: 'need.update',
        subjectId: 'need_early',
        createdAt: new Date('2026-12-01T08:00:00Z'),
      },
      {
        ...base,
        districtCode: '440113',
        action: 'need.read',
        subjectId: 'need_late',
        createdAt: new Date('2026-12-03T08:00:00Z'),
      },
      {
        ...base,
        districtCode: '310105',
        action: 'need.update',
        subjectId: 'need_changning',
        createdAt: new Date('2026-12-02T08:00:00Z'),
      },
    ])
    .returning({ id: auditLog.id, districtCode: auditLog.districtCode });
  return rows;
}

describe('GET /v1/audit', () => {
  it('community and street staff are refused 403 forbidden, and each refusal is audited', async () => {
    const community = await signIn('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const street = await signIn('nancun.street', [{ role: 'street_staff', scope: NANCUN_STREET }]);
    const admin = await signIn('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);

    const refusedCommunity = await readAudit(community.token);
    expect(refusedCommunity.status).toBe(403);
    expect((refusedCommunity.body as unknown as { error: { code: string } }).error.code).toBe(
      'forbidden',
    );
    const refusedStreet = await readAudit(street.token);
    expect(refusedStreet.status).toBe(403);

    const page = await readAudit(admin.token, '?action=permission.refused');
    expect(page.status).toBe(200);
    expect(page.body.data.map((entry) => entry.accountId)).toEqual([street.id, community.id]);
    expect(page.body.data[1]).toMatchObject({
      action: 'permission.refused',
      subjectType: 'route',
      subjectId: 'listAudit',
      accountId: community.id,
      accountName: 'chen.xiaohong 的姓名',
      role: null,
      requestId: (refusedCommunity.body as unknown as { error: { requestId: string } }).error
        .requestId,
      detail: { roles: ['district_admin'] },
    });
    // A staff session acts under no API key: the log names the account's session instead.
    expect(page.body.data[1]!.apiKeyId).toBe(`staff:${community.id}`);

    const byAccount = await readAudit(admin.token, `?account=${community.id}`);
    expect(byAccount.body.data.map((entry) => entry.accountId)).toEqual([community.id]);
  });

  it('filters by subject and time, pages newest first, and never shows another district', async () => {
    const admin = await signIn('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);
    const inserted = await insertEntries();

    const needs = await readAudit(admin.token, '?subjectType=need&limit=1');
    expect(needs.body.data.map((entry) => entry.subjectId)).toEqual(['need_late']);
    const next = await readAudit(
      admin.token,
      `?subjectType=need&limit=1&cursor=${needs.body.nextCursor as string}`,
    );
    expect(next.body.data.map((entry) => entry.subjectId)).toEqual(['need_early']);
    expect(next.body.nextCursor).toBeNull();

    const between = await readAudit(
      admin.token,
      '?from=2026-12-01T09:00:00Z&to=2026-12-03T08:00:00Z&subjectType=need',
    );
    expect(between.body.data.map((entry) => entry.subjectId)).toEqual(['need_late']);
    const bySubject = await readAudit(admin.token, '?subjectType=need&subjectId=need_early');
    expect(bySubject.body.data).toHaveLength(1);
    expect(bySubject.body.data[0]).toMatchObject({ action: 'need.update', accountName: null });

    const changningId = String(inserted.find((row) => row.districtCode === '310105')!.id);
    const everything = await readAudit(admin.token, '?limit=100');
    expect(everything.body.data.map((entry) => entry.id)).not.toContain(changningId);
    expect(everything.body.data.map((entry) => entry.subjectId)).not.toContain('need_changning');

    // 长宁区's secret key (its district_admin) reads its own entries only.
    const changning = await readAudit(h.keys.otherSk, '?subjectType=need');
    expect(changning.body.data.map((entry) => entry.subjectId)).toEqual(['need_changning']);
  });

  it('400 names a bad filter; a publishable key is refused', async () => {
    const admin = await signIn('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);
    const bad = await readAudit(admin.token, '?from=yesterday');
    expect(bad.status).toBe(400);
    expect(
      (bad.body as unknown as { error: { issues: { path: string[] }[] } }).error.issues[0]!.path,
    ).toEqual(['from']);
    expect((await readAudit(h.keys.pk)).status).toBe(403);
  });
});
