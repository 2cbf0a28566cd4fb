import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RoleGrant } from '@wushe/schema';
import { auditLog, staffAccounts, staffSessions } from '../src/db/tables/index.js';
import { logNotifier, type NotifierMessage } from '../src/services/notifier.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, STAFF_PASSWORD, testClock } from './staff-fixtures.js';

const clock = testClock();
/** Whether the account an invite announces could be read from outside its transaction when sent. */
const sentWhileVisible: boolean[] = [];
const h = useHarness({
  now: clock.now,
  devRoutes: true,
  notifier: {
    provider: 'log',
    async send(message: NotifierMessage) {
      const [row] = await h.db
        .select({ id: staffAccounts.id })
        .from(staffAccounts)
        .where(eq(staffAccounts.login, message.params.login ?? ''));
      sentWhileVisible.push(row !== undefined);
      await logNotifier(h.db).send(message);
    },
  },
});
beforeEach(() => {
  clock.reset();
  sentWhileVisible.length = 0;
});

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const XIANFENG = '440113001001';
const NANCUN_STREET = '440113104';
const SHIQIAO_STREET = '440113001';

async function tokenOf(login: string, roles: RoleGrant[]) {
  const staff = await insertStaff(h, { login, roles });
  return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
}
const admin = () => tokenOf('panyu.admin', [{ role: 'district_admin', scope: '440113' }]);
const nancun = () => tokenOf('nancun.street', [{ role: 'street_staff', scope: NANCUN_STREET }]);

const newAccount = (login: string, roles: RoleGrant[], mobile = '13800138000') => ({
  name: `${login} 的姓名`,
  login,
  roles,
  contact: { mobile },
});
const create = (key: string, body: object) => h.request('POST', '/v1/accounts', { key, body });
const update = (key: string, id: string, body: object) =>
  h.request('PATCH', `/v1/accounts/${id}`, { key, body });
const list = (key: string, query = '') => h.request('GET', `/v1/accounts${query}`, { key });
const outbox = async () =>
  (await h.request('GET', '/v1/dev/outbox', { key: h.keys.sk })).body.data as {
    to: string;
    template: string;
    params: Record<string, string>;
  }[];
const refusals = (accountId: string) =>
  h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'permission.refused'), eq(auditLog.accountId, accountId)));
const setPassword = (setupToken: string, password = STAFF_PASSWORD) =>
  h.request('POST', '/v1/staff/password', { key: null, body: { setupToken, password } });

describe('POST /v1/accounts', () => {
  it('creates the account and sends its invite after commit; the invite sets the password once', async () => {
    const { id: adminId, token } = await admin();
    const response = await create(
      token,
      newAccount('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      login: 'chen.xiaohong',
      roles: [{ role: 'community_staff', scope: JINXIU }],
      passwordSet: false,
      disabled: false,
      totpEnabled: false,
      contact: { mobile: '13800138000' },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/setup_|scrypt|st_|totp_secret/i);

    const [invite] = await outbox();
    expect(invite).toMatchObject({ to: '13800138000', template: 'staff_invite' });
    expect(sentWhileVisible).toEqual([true]);
    const setupToken = invite!.params.setupToken!;
    expect(setupToken).toMatch(/^setup_/);
    expect((await setPassword(setupToken)).status).toBe(200);
    expect((await setPassword(setupToken, 'Another-good-password-1')).body.error.code).toBe(
      'setup_token_invalid',
    );
    const signIn = await h.request('POST', '/v1/staff/sign-in', {
      key: null,
      body: { login: 'chen.xiaohong', password: STAFF_PASSWORD },
    });
    expect(signIn.status).toBe(200);

    const [audited] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.created'));
    expect(audited).toMatchObject({
      accountId: adminId,
      role: 'district_admin',
      subjectId: response.body.id,
    });
    expect(JSON.stringify(audited!.detail)).not.toMatch(/setup_/);
  });

  it('refuses a login taken in the district, and sends nothing for it', async () => {
    const { token } = await admin();
    const body = newAccount('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    expect((await create(token, body)).status).toBe(201);
    const again = await create(token, { ...body, name: '另一个人' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('login_taken');
    expect(await outbox()).toHaveLength(1);
  });

  it('names a bad role scope and a bad contact (400)', async () => {
    const { token } = await admin();
    const bad = await create(token, {
      ...newAccount('li.ming', [{ role: 'community_staff', scope: NANCUN_STREET }]),
      contact: { email: 'not-an-address' },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((issue: { path: unknown[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['roles.0.scope']));
    expect(paths.some((path: string) => path.startsWith('contact'))).toBe(true);
  });

  it('names a scope that is no street, community or organization of the district (400)', async () => {
    const { token } = await admin();
    const unknown = await create(
      token,
      newAccount('li.ming', [
        { role: 'community_staff', scope: JINXIU },
        { role: 'community_staff', scope: '440113104999' },
        { role: 'org_member', scope: 'org_0000000000000404' },
      ]),
    );
    expect(unknown.status).toBe(400);
    expect(
      unknown.body.error.issues.map((issue: { path: unknown[]; code: string }) => [
        issue.path.join('.'),
        issue.code,
      ]),
    ).toEqual([
      ['roles.1.scope', 'scope_unknown'],
      ['roles.2.scope', 'scope_unknown'],
    ]);
    // For street staff an organization that does not exist is not one of their street: 403.
    const street = await nancun();
    const refused = await create(
      street.token,
      newAccount('li.ming', [{ role: 'org_member', scope: 'org_0000000000000404' }]),
    );
    expect(refused.status).toBe(403);
  });

  it('street staff create community accounts of their street', async () => {
    const street = await nancun();
    const created = await create(
      street.token,
      newAccount('li.ming', [
        { role: 'community_staff', scope: NANCUN_VILLAGE },
        { role: 'social_worker', scope: NANCUN_STREET },
      ]),
    );
    expect(created.status).toBe(201);
    const [audited] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.created'));
    expect(audited).toMatchObject({ accountId: street.id, role: 'street_staff' });
  });

  it.each([
    ['district_admin', { role: 'district_admin', scope: '440113' }],
    ['street_staff of their own street', { role: 'street_staff', scope: NANCUN_STREET }],
    ['street_staff of another street', { role: 'street_staff', scope: SHIQIAO_STREET }],
    ['community_staff of another street', { role: 'community_staff', scope: XIANFENG }],
    ['reviewer', { role: 'reviewer', scope: 'call_0000000000000001' }],
  ] as [string, RoleGrant][])(
    'street staff granting %s: 403, audited, nothing created or sent',
    async (_name, grant) => {
      const street = await nancun();
      const response = await create(
        street.token,
        newAccount('escalate', [{ role: 'community_staff', scope: JINXIU }, grant]),
      );
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
      const [refusal] = await refusals(street.id);
      expect(refusal).toMatchObject({
        subjectId: 'createAccount',
        requestId: response.body.error.requestId,
      });
      expect(refusal!.detail).toMatchObject({ granting: expect.arrayContaining([grant]) });
      expect(
        await h.db.select().from(staffAccounts).where(eq(staffAccounts.login, 'escalate')),
      ).toEqual([]);
      expect(await outbox()).toEqual([]);
    },
  );

  it('community staff and social workers administer no accounts', async () => {
    const community = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const body = newAccount('li.ming', [{ role: 'community_staff', scope: JINXIU }]);
    expect((await create(community.token, body)).status).toBe(403);
    expect((await list(community.token)).status).toBe(403);
    expect(await refusals(community.id)).toHaveLength(2);
  });

  it('a secret key acts as district_admin, and the audit names the key', async () => {
    const response = await create(
      h.keys.sk,
      newAccount('wang.admin', [{ role: 'district_admin', scope: '440113' }]),
    );
    expect(response.status).toBe(201);
    const [audited] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.created'));
    expect(audited).toMatchObject({ accountId: null, role: 'district_admin' });
    expect(audited!.apiKeyId).toMatch(/^key_/);
    // Another district's key cannot grant in this one.
    const other = await create(
      h.keys.otherSk,
      newAccount('zhang.san', [{ role: 'community_staff', scope: JINXIU }]),
    );
    expect(other.status).toBe(403);
  });
});

describe('GET /v1/accounts', () => {
  async function population() {
    const a = await admin();
    const street = await nancun();
    const jinxiu = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    await tokenOf('li.ming', [{ role: 'community_staff', scope: NANCUN_VILLAGE }]);
    await tokenOf('xianfeng.staff', [{ role: 'community_staff', scope: XIANFENG }]);
    await tokenOf('shiqiao.street', [{ role: 'street_staff', scope: SHIQIAO_STREET }]);
    return { admin: a, street, jinxiu };
  }
  const logins = (body: { data: { login: string }[] }) => body.data.map((row) => row.login);

  it('a district admin lists every account of the district, by login, a page at a time', async () => {
    const { admin: a } = await population();
    const all = await list(a.token);
    expect(all.status).toBe(200);
    expect(logins(all.body)).toEqual([
      'chen.xiaohong',
      'li.ming',
      'nancun.street',
      'panyu.admin',
      'shiqiao.street',
      'xianfeng.staff',
    ]);
    expect(JSON.stringify(all.body)).not.toMatch(/scrypt|setup_|st_/);
    const first = await list(a.token, '?limit=4');
    const second = await list(a.token, `?limit=4&cursor=${first.body.nextCursor}`);
    expect([...logins(first.body), ...logins(second.body)]).toEqual(logins(all.body));
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters by role, division, disabled and search', async () => {
    const { admin: a, jinxiu } = await population();
    expect(logins((await list(a.token, '?role=street_staff')).body)).toEqual([
      'nancun.street',
      'shiqiao.street',
    ]);
    expect(logins((await list(a.token, `?division=${NANCUN_STREET}`)).body)).toEqual([
      'chen.xiaohong',
      'li.ming',
      'nancun.street',
    ]);
    await update(a.token, jinxiu.id, { disabled: true });
    expect(logins((await list(a.token, '?disabled=true')).body)).toEqual(['chen.xiaohong']);
    expect(logins((await list(a.token, '?search=XIAN')).body)).toEqual(['xianfeng.staff']);
    expect((await list(a.token, '?role=king')).status).toBe(400);
  });

  it('street staff see only the accounts of their communities', async () => {
    const { street } = await population();
    expect(logins((await list(street.token)).body)).toEqual(['chen.xiaohong', 'li.ming']);
    expect(logins((await list(street.token, '?limit=1')).body)).toEqual(['chen.xiaohong']);
  });
});

describe('PATCH /v1/accounts/{id}', () => {
  it('street staff edit their communities’ accounts, and nobody else’s (403, audited)', async () => {
    const a = await admin();
    const street = await nancun();
    const jinxiu = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const xianfeng = await tokenOf('xianfeng.staff', [
      { role: 'community_staff', scope: XIANFENG },
    ]);
    const shiqiao = await tokenOf('shiqiao.street', [
      { role: 'street_staff', scope: SHIQIAO_STREET },
    ]);

    const renamed = await update(street.token, jinxiu.id, { name: '陈晓红' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('陈晓红');
    for (const target of [xianfeng.id, a.id, shiqiao.id, street.id]) {
      const refused = await update(street.token, target, { name: '改名' });
      expect(refused.status, target).toBe(403);
    }
    // Community staff cannot edit even an account of their own community.
    const peer = await tokenOf('li.ming', [{ role: 'community_staff', scope: JINXIU }]);
    expect((await update(jinxiu.token, peer.id, { name: '改名' })).status).toBe(403);
    // Shiqiao's street staff cannot reach Nancun's communities.
    expect((await update(shiqiao.token, jinxiu.id, { disabled: true })).status).toBe(403);
    expect(await refusals(street.id)).toHaveLength(4);
    const [audited] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.updated'));
    expect(audited).toMatchObject({ accountId: street.id, role: 'street_staff' });
  });

  it('street staff cannot move an account out of their street or raise it (403)', async () => {
    const street = await nancun();
    const jinxiu = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    for (const roles of [
      [{ role: 'community_staff', scope: XIANFENG }],
      [{ role: 'street_staff', scope: NANCUN_STREET }],
      [{ role: 'district_admin', scope: '440113' }],
    ]) {
      expect((await update(street.token, jinxiu.id, { roles })).status).toBe(403);
    }
    const moved = await update(street.token, jinxiu.id, {
      roles: [{ role: 'community_staff', scope: NANCUN_VILLAGE }],
    });
    expect(moved.body.roles).toEqual([{ role: 'community_staff', scope: NANCUN_VILLAGE }]);
  });

  it('disabling ends the account’s sessions at once; enabling again does not revive them', async () => {
    const a = await admin();
    const jinxiu = await tokenOf('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]);
    const me = () => h.request('GET', '/v1/staff/me', { key: jinxiu.token });
    expect((await me()).status).toBe(200);
    expect((await update(a.token, jinxiu.id, { disabled: true })).body.disabled).toBe(true);
    const after = await me();
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('session_expired');
    const sessions = await h.db
      .select()
      .from(staffSessions)
      .where(eq(staffSessions.accountId, jinxiu.id));
    expect(sessions.every((session) => session.endedAt !== null)).toBe(true);
    await update(a.token, jinxiu.id, { disabled: false });
    expect((await me()).status).toBe(401);
  });

  it('re-sends the invite: only the newest link works', async () => {
    const a = await admin();
    const created = await create(
      a.token,
      newAccount('chen.xiaohong', [{ role: 'community_staff', scope: JINXIU }]),
    );
    const resent = await update(a.token, created.body.id, {
      resendInvite: true,
      contact: { email: 'chen@jinxiu.example.cn' },
    });
    expect(resent.status).toBe(200);
    expect(resent.body.contact).toEqual({ email: 'chen@jinxiu.example.cn' });
    const [newest, first] = await outbox();
    expect(newest!.to).toBe('chen@jinxiu.example.cn');
    expect((await setPassword(first!.params.setupToken!)).body.error.code).toBe(
      'setup_token_invalid',
    );
    expect((await setPassword(newest!.params.setupToken!)).status).toBe(200);
  });

  it('keeps one active district admin: refusing the change rolls back the invite with it', async () => {
    const a = await admin();
    const self = await update(a.token, a.id, { disabled: true });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('last_district_admin');
    const demoted = await update(a.token, a.id, {
      roles: [{ role: 'street_staff', scope: NANCUN_STREET }],
      resendInvite: true,
      contact: { mobile: '13900139000' },
    });
    expect(demoted.body.error.code).toBe('last_district_admin');
    expect(await outbox()).toEqual([]);
    expect(sentWhileVisible).toEqual([]);
    const [row] = await h.db.select().from(staffAccounts).where(eq(staffAccounts.id, a.id));
    expect(row).toMatchObject({ disabled: false, inviteTo: null });

    const second = await tokenOf('wang.admin', [{ role: 'district_admin', scope: '440113' }]);
    expect((await update(a.token, second.id, { disabled: true })).status).toBe(200);
    expect((await update(a.token, a.id, { disabled: true })).body.error.code).toBe(
      'last_district_admin',
    );
  });

  it('an account of another district is not found', async () => {
    const a = await admin();
    const other = await insertStaff(h, {
      login: 'changning.staff',
      districtCode: '310105',
      roles: [{ role: 'community_staff', scope: '310105002001' }],
    });
    expect((await update(a.token, other.id, { name: '改名' })).status).toBe(404);
    expect((await update(a.token, 'acc_0000000000000000', { name: '改名' })).status).toBe(404);
  });
});

describe('GET /v1/accounts/grantable', () => {
  it('offers what the binder allows: every role in the district to its admin, a community’s roles in a street to its staff', async () => {
    const district = await h.request('GET', '/v1/accounts/grantable', {
      key: (await admin()).token,
    });
    expect(district.status).toBe(200);
    expect(district.body.data).toHaveLength(6);
    expect(district.body.data).toContainEqual({ role: 'street_staff', within: '440113' });
    const { token } = await nancun();
    const street = await h.request('GET', '/v1/accounts/grantable', { key: token });
    expect(street.body.data).toEqual([
      { role: 'community_staff', within: NANCUN_STREET },
      { role: 'social_worker', within: NANCUN_STREET },
      { role: 'org_member', within: NANCUN_STREET },
    ]);
    // What it offers is granted; a street_staff grant it does not offer is refused.
    const offered = await create(
      token,
      newAccount('offered.one', [{ role: 'community_staff', scope: JINXIU }]),
    );
    expect(offered.status).toBe(201);
    const above = await create(
      token,
      newAccount('above.one', [{ role: 'street_staff', scope: NANCUN_STREET }]),
    );
    expect(above.status).toBe(403);
  });

  it('is refused to a community worker (403)', async () => {
    const { token } = await tokenOf('jinxiu.worker', [{ role: 'community_staff', scope: JINXIU }]);
    expect((await h.request('GET', '/v1/accounts/grantable', { key: token })).status).toBe(403);
  });
});
