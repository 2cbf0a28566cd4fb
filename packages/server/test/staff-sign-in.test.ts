import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, idempotencyKeys, staffAccounts } from '../src/db/tables/index.js';
import { createStaffAccount, issueSetupToken } from '../src/services/staff/accounts.js';
import { useHarness } from './harness.js';
import { insertStaff, MINUTE, signInAs, STAFF_PASSWORD, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });
beforeEach(() => clock.reset());

const signIn = (body: object, headers: Record<string, string> = {}) =>
  h.request('POST', '/v1/staff/sign-in', { key: null, body, headers });
const COMMUNITY = { role: 'community_staff', scope: '440113104001' } as const;

describe('first password with a setup token', () => {
  async function invited(roles: { role: 'district_admin' | 'community_staff'; scope: string }[]) {
    const account = await createStaffAccount(h.db, {
      districtCode: '440113',
      login: 'chen.xiaohong',
      name: '陈晓红',
      roles,
    });
    const setup = await issueSetupToken(h.db, {
      accountId: account.id,
      purpose: 'invite',
      now: clock.now(),
    });
    return setup.token;
  }
  const setPassword = (setupToken: string, password: string) =>
    h.request('POST', '/v1/staff/password', { key: null, body: { setupToken, password } });

  it('sets the password once: the same token a second time is setup_token_invalid', async () => {
    const token = await invited([COMMUNITY]);
    const first = await setPassword(token, STAFF_PASSWORD);
    expect(first.status).toBe(200);
    expect(first.body.account).toMatchObject({ login: 'chen.xiaohong', totpEnabled: false });
    expect(first.body.totp).toBeUndefined();
    expect(JSON.stringify(first.body)).not.toMatch(/scrypt|setup_/);
    const again = await setPassword(token, 'Another-good-password-1');
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('setup_token_invalid');
    expect((await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD })).status).toBe(200);
  });

  it('refuses a token older than 72 hours, and an unknown one', async () => {
    const token = await invited([COMMUNITY]);
    clock.advance(72 * 60 * MINUTE + 1000);
    expect((await setPassword(token, STAFF_PASSWORD)).body.error.code).toBe('setup_token_invalid');
    expect((await setPassword('setup_unknown', STAFF_PASSWORD)).body.error.code).toBe(
      'setup_token_invalid',
    );
  });

  it('refuses a short or common password, naming the field, and keeps the token usable', async () => {
    const token = await invited([COMMUNITY]);
    const short = await h.request('POST', '/v1/staff/password', {
      key: null,
      body: { setupToken: token, password: 'nancun1' },
      headers: { 'Accept-Language': 'en' },
    });
    expect(short.status).toBe(400);
    expect(short.body.error).toMatchObject({
      code: 'password_too_weak',
      issues: [
        { path: ['password'], code: 'password_too_short', message: 'Use at least 10 characters' },
      ],
    });
    const common = await setPassword(token, 'woaini1314');
    expect(common.status).toBe(400);
    expect(common.body.error).toMatchObject({
      code: 'password_too_common',
      issues: [{ path: ['password'], code: 'password_too_common' }],
    });
    expect((await setPassword(token, STAFF_PASSWORD)).status).toBe(200);
  });

  it('gives a district admin a TOTP secret, required from the first sign-in', async () => {
    const token = await invited([{ role: 'district_admin', scope: '440113' }]);
    const set = await setPassword(token, STAFF_PASSWORD);
    expect(set.body.totp.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(set.body.totp.otpauthUri).toContain('otpauth://totp/wushe%3Achen.xiaohong?');
    const withoutCode = await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD });
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.error.code).toBe('totp_required');
  });
});

describe('password sign-in', () => {
  it('answers the account, its roles and a session; the cookie is HttpOnly, Secure, SameSite=Strict', async () => {
    await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const response = await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.roles).toEqual([COMMUNITY]);
    expect(response.body.session.token).toMatch(/^st_[0-9A-Za-z]{40}$/);
    expect(response.body.session.expiresAt).toBe('2026-12-06T13:00:00.000Z');
    const cookie = response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toContain(`wushe_staff=${response.body.session.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(JSON.stringify(response.body)).not.toMatch(/scrypt/);
  });

  it('takes no Idempotency-Key, so no replay record keeps a session token', async () => {
    await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const body = { login: 'chen.xiaohong', password: STAFF_PASSWORD };
    const keyed = await signIn(body, { 'Idempotency-Key': 'sign-in-attempt-1' });
    expect(keyed.status).toBe(400);
    expect(keyed.body.error.issues[0].path).toEqual(['Idempotency-Key']);
    expect((await signIn(body)).status).toBe(200);
    expect(await h.db.select().from(idempotencyKeys)).toEqual([]);
  });

  it('gives an unknown login and a wrong password the same answer', async () => {
    await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const unknown = await signIn({ login: 'nobody.here', password: STAFF_PASSWORD });
    const wrong = await signIn({ login: 'chen.xiaohong', password: 'Wrong-password-2026' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const strip = (body: { error: { requestId: string } }) => ({
      ...body.error,
      requestId: undefined,
    });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
    expect(unknown.body.error.code).toBe('invalid_credentials');
  });

  it('refuses a disabled account with the same answer', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    await h.db.update(staffAccounts).set({ disabled: true }).where(eq(staffAccounts.id, staff.id));
    const response = await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD });
    expect(response.body.error.code).toBe('invalid_credentials');
  });

  it('locks the login for 15 minutes after five failures in 15 minutes, with Retry-After', async () => {
    await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    for (let i = 0; i < 5; i++) {
      const wrong = await signIn({ login: 'chen.xiaohong', password: `Wrong-password-${i}0` });
      expect(wrong.body.error.code).toBe('invalid_credentials');
      clock.advance(MINUTE);
    }
    const locked = await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('account_locked');
    expect(locked.headers.get('Retry-After')).toBe(String(14 * 60));
    clock.advance(14 * MINUTE - 1000);
    expect((await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD })).status).toBe(423);
    clock.advance(1000);
    expect((await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD })).status).toBe(200);
  });

  it('does not lock for five failures spread over more than 15 minutes', async () => {
    await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    for (let i = 0; i < 5; i++) {
      await signIn({ login: 'chen.xiaohong', password: `Wrong-password-${i}0` });
      clock.advance(4 * MINUTE);
    }
    expect((await signIn({ login: 'chen.xiaohong', password: STAFF_PASSWORD })).status).toBe(200);
  });

  it('locks an unknown login the same way, so a lock tells nothing about who exists', async () => {
    for (let i = 0; i < 5; i++)
      await signIn({ login: 'nobody.here', password: `Wrong-${i}-password` });
    const locked = await signIn({ login: 'nobody.here', password: STAFF_PASSWORD });
    expect(locked.status).toBe(423);
  });

  it('needs the TOTP code of a district admin; a wrong code is invalid_credentials', async () => {
    const admin = await insertStaff(h, {
      login: 'panyu.admin',
      roles: [{ role: 'district_admin', scope: '440113' }],
    });
    const none = await signIn({ login: 'panyu.admin', password: STAFF_PASSWORD });
    expect(none.body.error.code).toBe('totp_required');
    const right = admin.code(clock.now())!;
    const wrongCode = right === '000000' ? '111111' : '000000';
    const wrong = await signIn({ login: 'panyu.admin', password: STAFF_PASSWORD, totp: wrongCode });
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const ok = await signIn({ login: 'panyu.admin', password: STAFF_PASSWORD, totp: right });
    expect(ok.status).toBe(200);
    expect(ok.body.account.totpEnabled).toBe(true);
  });

  it('tells two districts with the same login apart by districtCode', async () => {
    await insertStaff(h, { login: 'li.ming', roles: [COMMUNITY] });
    await insertStaff(h, {
      login: 'li.ming',
      districtCode: '310105',
      roles: [{ role: 'community_staff', scope: '310105002001' }],
    });
    const ambiguous = await signIn({ login: 'li.ming', password: STAFF_PASSWORD });
    expect(ambiguous.body.error.code).toBe('invalid_credentials');
    const named = await signIn({
      login: 'li.ming',
      password: STAFF_PASSWORD,
      districtCode: '310105',
    });
    expect(named.body.account.districtCode).toBe('310105');
  });
});

describe('sessions', () => {
  const me = (token: string, headers: Record<string, string> = {}) =>
    h.request('GET', '/v1/staff/me', { key: token, headers });

  it('GET /v1/staff/me: the account, roles and the session', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    const response = await me(token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      account: { id: staff.id, login: 'chen.xiaohong' },
      roles: [COMMUNITY],
      session: { kind: 'password', expiresAt: '2026-12-06T13:00:00.000Z' },
    });
  });

  it('a token stops working at sign-out', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    const out = await h.request('POST', '/v1/staff/sign-out', { key: token });
    expect(out.status).toBe(200);
    expect(out.headers.get('Set-Cookie')).toMatch(/wushe_staff=;.*Max-Age=0/);
    const reused = await me(token);
    expect(reused.status).toBe(401);
    expect(reused.body.error.code).toBe('session_expired');
  });

  it('ends after 30 minutes idle, and is kept alive by use', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    clock.advance(29 * MINUTE);
    expect((await me(token)).status).toBe(200);
    clock.advance(29 * MINUTE);
    expect((await me(token)).status).toBe(200);
    clock.advance(30 * MINUTE);
    expect((await me(token)).body.error.code).toBe('session_expired');
  });

  it('ends after 12 hours however busy', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      clock.advance(25 * MINUTE);
      expect((await me(token)).status, `after ${minutes} minutes`).toBe(200);
    }
    clock.set(new Date('2026-12-06T13:00:00Z'));
    expect((await me(token)).body.error.code).toBe('session_expired');
  });

  it('stops working when the account is disabled mid-session', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    expect((await me(token)).status).toBe(200);
    await h.db.update(staffAccounts).set({ disabled: true }).where(eq(staffAccounts.id, staff.id));
    expect((await me(token)).body.error.code).toBe('session_expired');
  });

  it('accepts the cookie, but a write by cookie only from the server’s own origin', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    const cookie = { Cookie: `wushe_staff=${token}` };
    expect((await h.request('GET', '/v1/staff/me', { key: null, headers: cookie })).status).toBe(
      200,
    );
    const forged = await h.request('POST', '/v1/staff/sign-out', {
      key: null,
      headers: { ...cookie, Origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('origin_not_allowed');
    const noOrigin = await h.request('POST', '/v1/staff/sign-out', { key: null, headers: cookie });
    expect(noOrigin.status).toBe(403);
    const own = await h.request('POST', '/v1/staff/sign-out', {
      key: null,
      headers: { ...cookie, Origin: 'http://localhost' },
    });
    expect(own.status).toBe(200);
  });

  it('refuses keys and missing tokens on session routes', async () => {
    expect((await me('')).body.error.code).toBe('authentication_required');
    expect((await me(h.keys.sk)).body.error.code).toBe('authentication_required');
    expect((await me('st_not_a_session')).body.error.code).toBe('session_expired');
  });
});

describe('delegated sessions for portals', () => {
  const PORTAL = 'https://portal.panyu.example.gov.cn';

  it('a secret key opens a 15-minute session bound to the district’s publishable origins', async () => {
    const staff = await insertStaff(h, {
      login: 'chen.xiaohong',
      roles: [COMMUNITY],
      externalId: 'yzy-00042',
    });
    const opened = await h.request('POST', '/v1/staff/sessions', {
      key: h.keys.sk,
      body: { accountId: staff.id },
    });
    expect(opened.status).toBe(200);
    expect(opened.body.session).toMatchObject({
      kind: 'delegated',
      expiresAt: '2026-12-06T01:15:00.000Z',
    });
    expect(opened.body.account.externalId).toBe('yzy-00042');
    const token = opened.body.session.token as string;

    const fromPortal = await h.request('GET', '/v1/staff/me', {
      key: token,
      headers: { Origin: PORTAL },
    });
    expect(fromPortal.status).toBe(200);
    const elsewhere = await h.request('GET', '/v1/staff/me', {
      key: token,
      headers: { Origin: 'https://www.changning.example.gov.cn' },
    });
    expect(elsewhere.body.error.code).toBe('origin_not_allowed');

    clock.advance(15 * MINUTE);
    const expired = await h.request('GET', '/v1/staff/me', {
      key: token,
      headers: { Origin: PORTAL },
    });
    expect(expired.body.error.code).toBe('session_expired');

    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staff_session.delegated'), eq(auditLog.subjectId, staff.id)));
    expect(audit).toBeDefined();
  });

  it('refuses a publishable key, a page’s secret key, and an account of another district', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const body = { accountId: staff.id };
    const publishable = await h.request('POST', '/v1/staff/sessions', { key: h.keys.pk, body });
    expect(publishable.body.error.code).toBe('secret_key_required');
    const fromPage = await h.request('POST', '/v1/staff/sessions', {
      key: h.keys.sk,
      body,
      headers: { Origin: PORTAL },
    });
    expect(fromPage.body.error.code).toBe('secret_key_in_browser');
    const other = await h.request('POST', '/v1/staff/sessions', { key: h.keys.otherSk, body });
    expect(other.status).toBe(404);
  });
});
