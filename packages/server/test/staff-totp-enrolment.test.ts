import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, staffAccounts } from '../src/db/tables/index.js';
import { base32Decode, totpCode } from '../src/services/staff/totp.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, STAFF_PASSWORD, testClock } from './staff-fixtures.js';

const clock = testClock(new Date('2026-12-06T01:00:05Z'));
const h = useHarness({ now: clock.now });
beforeEach(() => clock.reset());

const STEP = 30_000;
const COMMUNITY = { role: 'community_staff', scope: '440113104001' } as const;

const enrol = (token: string) => h.request('POST', '/v1/staff/totp', { key: token });
const confirm = (token: string, code: string) =>
  h.request('POST', '/v1/staff/totp/confirm', { key: token, body: { code } });
const disable = (token: string, code: string) =>
  h.request('DELETE', '/v1/staff/totp', { key: token, body: { code } });
const signIn = (totp?: string) =>
  h.request('POST', '/v1/staff/sign-in', {
    key: null,
    body: { login: 'chen.xiaohong', password: STAFF_PASSWORD, ...(totp ? { totp } : {}) },
  });
const codeAt = (secret: string, at: Date) => totpCode(base32Decode(secret), at);

async function enrolled() {
  const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
  const token = await signInAs(h, staff, clock.now());
  const started = await enrol(token);
  expect(started.status).toBe(200);
  const secret = started.body.secret as string;
  expect(started.body.otpauthUri).toContain(`secret=${secret}`);
  const confirmed = await confirm(token, codeAt(secret, clock.now()));
  expect(confirmed.status).toBe(200);
  expect(confirmed.body.totpEnabled).toBe(true);
  return { id: staff.id, token, secret };
}

describe('TOTP enrolment for every account', () => {
  it('stays off until a code from the new secret is confirmed; a wrong code is refused', async () => {
    const staff = await insertStaff(h, { login: 'chen.xiaohong', roles: [COMMUNITY] });
    const token = await signInAs(h, staff, clock.now());
    expect((await confirm(token, '123456')).body.error.code).toBe('totp_not_pending');
    const started = await enrol(token);
    const me = await h.request('GET', '/v1/staff/me', { key: token });
    expect(me.body.account.totpEnabled).toBe(false);
    const wrong = String((Number(codeAt(started.body.secret, clock.now())) + 1) % 1_000_000);
    const refused = await confirm(token, wrong.padStart(6, '0'));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('totp_code_invalid');
    const [row] = await h.db.select().from(staffAccounts).where(eq(staffAccounts.id, staff.id));
    expect(row!.totpSecret).toBeNull();
    expect(row!.totpPendingSecret).not.toContain(started.body.secret);
  });

  it('needs a code at sign-in from then on, and refuses a code already used', async () => {
    const { secret, token } = await enrolled();
    expect((await signIn()).body.error.code).toBe('totp_required');
    // The code that confirmed the enrolment is used up: the same time step is refused.
    const replayed = await signIn(codeAt(secret, clock.now()));
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe('invalid_credentials');

    clock.advance(STEP);
    const fresh = codeAt(secret, clock.now());
    expect((await signIn(fresh)).status).toBe(200);
    const again = await signIn(fresh);
    expect(again.status).toBe(401);
    // An earlier step still inside the drift window is refused once a later one was used.
    expect((await signIn(codeAt(secret, new Date(clock.now().getTime() - STEP)))).status).toBe(401);
    expect((await enrol(token)).body.error.code).toBe('totp_already_enabled');
  });

  it('two sign-ins with the same code at once: only one opens a session', async () => {
    const { secret } = await enrolled();
    clock.advance(STEP);
    const code = codeAt(secret, clock.now());
    const answers = await Promise.all([signIn(code), signIn(code)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('turns off with a current unused code; an account without it signs in with the password', async () => {
    const { id, secret, token } = await enrolled();
    expect((await disable(token, codeAt(secret, clock.now()))).body.error.code).toBe(
      'totp_code_invalid',
    );
    clock.advance(STEP);
    const off = await disable(token, codeAt(secret, clock.now()));
    expect(off.status).toBe(200);
    expect(off.body.totpEnabled).toBe(false);
    expect((await signIn()).status).toBe(200);
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.accountId, id))).map(
      (row) => row.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'staff.totp_enrolment_started',
        'staff.totp_enabled',
        'staff.totp_disabled',
      ]),
    );
  });

  it('a district admin cannot turn it off', async () => {
    const admin = await insertStaff(h, {
      login: 'panyu.admin',
      roles: [{ role: 'district_admin', scope: '440113' }],
    });
    const token = await signInAs(h, admin, clock.now());
    clock.advance(STEP);
    const refused = await disable(token, admin.code(clock.now())!);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('totp_required_for_role');
  });

  it('is for a signed-in account only: a secret key is refused', async () => {
    expect((await enrol(h.keys.sk)).status).toBe(401);
  });
});
