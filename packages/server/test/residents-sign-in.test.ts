import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { residentCodes, residentSessions } from '../src/db/tables/index.js';
import { PORTAL_ORIGIN, useHarness } from './harness.js';
import { OTHER_ORIGIN, RESIDENT_MOBILE, residentHelpers, wrongCode } from './residents-fixtures.js';
import { MINUTE, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now, devRoutes: true });
const { requestCode, lastCode, submitCode, signIn, asResident } = residentHelpers(h);
beforeEach(() => clock.reset());
const DAY = 24 * 60 * MINUTE;

describe('resident sign-in by SMS code', () => {
  it('sends a 6-digit code through the notifier and exchanges it for a resident token', async () => {
    const sent = await requestCode();
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      sent: true,
      expiresAt: new Date(clock.now().getTime() + 5 * MINUTE).toISOString(),
      codesLeft: 4,
    });
    const code = await lastCode();
    expect(code).toMatch(/^\d{6}$/);
    // Stored only as a keyed hash.
    const [stored] = await h.db.select().from(residentCodes);
    expect(JSON.stringify(stored)).not.toContain(code);

    const session = await submitCode(code);
    expect(session.status).toBe(200);
    expect(session.body.token).toMatch(/^rt_[0-9A-Za-z]{40}$/);
    expect(session.body.resident).toMatchObject({ mobile: RESIDENT_MOBILE, volunteerId: null });
    expect(session.body.expiresAt).toBe(new Date(clock.now().getTime() + 30 * DAY).toISOString());
    const [row] = await h.db.select().from(residentSessions);
    expect(row!.tokenHash).not.toBe(session.body.token);
    expect(row!.boundOrigin).toBe(PORTAL_ORIGIN);

    const me = await asResident(session.body.token as string, 'GET', '/v1/residents/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(session.body.resident.id);
  });

  it('accepts the code as pasted, with spaces, and a mobile written with +86', async () => {
    await requestCode();
    const code = await lastCode();
    const pasted = `${code.slice(0, 3)} ${code.slice(3)}`;
    expect((await submitCode(pasted, '+86 138-0013-8000')).status).toBe(200);
  });

  it('refuses a sixth code within the hour (429 too_many_codes on mobile), then allows one', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await requestCode()).status).toBe(200);
      clock.advance(MINUTE);
    }
    const sixth = await requestCode(RESIDENT_MOBILE, { 'Accept-Language': 'en' });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatchObject({
      code: 'too_many_codes',
      message: 'Too many codes sent to this mobile: try again in an hour',
      issues: [{ path: ['mobile'], code: 'invalid' }],
    });
    // The first code was sent 5 minutes ago: a place frees 55 minutes from now.
    expect(sixth.headers.get('Retry-After')).toBe(String(55 * 60));
    const zh = await requestCode();
    expect(zh.body.error.message).toBe('该手机号获取验证码次数过多，请一小时后再试');
    // Another mobile is counted apart.
    expect((await requestCode('13900139000')).status).toBe(200);
    expect(await h.db.$count(residentCodes, eq(residentCodes.mobile, RESIDENT_MOBILE))).toBe(5);

    clock.advance(55 * MINUTE);
    expect((await requestCode()).status).toBe(200);
  });

  it('allows 5 tries per code: the sixth is code_attempts_exceeded, even with the right code', async () => {
    await requestCode();
    const code = await lastCode();
    for (let i = 0; i < 5; i++) {
      const wrong = await submitCode(wrongCode(code));
      expect(wrong.status).toBe(400);
      expect(wrong.body.error).toMatchObject({
        code: 'code_invalid',
        issues: [{ path: ['code'], code: 'invalid', message: '验证码不正确，请核对短信后重试' }],
      });
    }
    const right = await submitCode(code);
    expect(right.status).toBe(400);
    expect(right.body.error).toMatchObject({
      code: 'code_attempts_exceeded',
      issues: [{ path: ['code'] }],
    });
    // A new code starts again.
    await requestCode();
    expect((await submitCode(await lastCode())).status).toBe(200);
  });

  it('refuses a code after its 5 minutes (code_expired), by the injected clock', async () => {
    await requestCode();
    const code = await lastCode();
    clock.advance(5 * MINUTE);
    const late = await submitCode(code, RESIDENT_MOBILE, PORTAL_ORIGIN);
    expect(late.status).toBe(400);
    expect(late.body.error).toMatchObject({ code: 'code_expired', issues: [{ path: ['code'] }] });
  });

  it('refuses a used code sent again (code_already_used), and a code never sent', async () => {
    expect((await submitCode('123456')).body.error.code).toBe('code_invalid');
    await requestCode();
    const code = await lastCode();
    expect((await submitCode(code)).status).toBe(200);
    const replay = await submitCode(code);
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('code_already_used');
  });

  it('checks only the latest code: an older one stops working', async () => {
    await requestCode();
    const older = await lastCode();
    clock.advance(MINUTE);
    await requestCode();
    const newer = await lastCode();
    if (older !== newer) expect((await submitCode(older)).body.error.code).toBe('code_invalid');
    expect((await submitCode(newer)).status).toBe(200);
  });

  it('refuses a page whose origin the publishable key does not allow (403 origin_not_allowed)', async () => {
    const code = await requestCode(RESIDENT_MOBILE, { Origin: OTHER_ORIGIN });
    expect(code.status).toBe(403);
    expect(code.body.error.code).toBe('origin_not_allowed');
    await requestCode();
    const session = await submitCode(await lastCode(), RESIDENT_MOBILE, OTHER_ORIGIN);
    expect(session.body.error.code).toBe('origin_not_allowed');
  });

  it('refuses bad input with the field named', async () => {
    const badMobile = await h.request('POST', '/v1/residents/codes', { body: { mobile: '12345' } });
    expect(badMobile.status).toBe(400);
    expect(badMobile.body.error.issues[0]).toMatchObject({
      path: ['mobile'],
      code: 'mobile_format',
    });
    const badCode = await submitCode('12a456');
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.issues[0]).toMatchObject({ path: ['code'], code: 'invalid_format' });
  });
});

describe('resident tokens', () => {
  it('work only from the origin that signed in (403 resident_origin_mismatch)', async () => {
    const token = await signIn();
    const elsewhere = await asResident(token, 'GET', '/v1/residents/me', { origin: OTHER_ORIGIN });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('resident_origin_mismatch');
    // Another page the key allows is still another origin.
    const sibling = await asResident(token, 'GET', '/v1/residents/me', {
      origin: 'http://localhost:5173',
    });
    expect(sibling.body.error.code).toBe('resident_origin_mismatch');
  });

  it('issued to a server (no Origin), refuse every page', async () => {
    await requestCode();
    const session = await submitCode(await lastCode(), RESIDENT_MOBILE, null);
    const token = session.body.token as string;
    expect((await asResident(token, 'GET', '/v1/residents/me', { origin: null })).status).toBe(200);
    const page = await asResident(token, 'GET', '/v1/residents/me', { origin: PORTAL_ORIGIN });
    expect(page.body.error.code).toBe('resident_origin_mismatch');
  });

  it('are refused where a key is expected, and keys where a token is', async () => {
    const token = await signIn();
    const withKey = await h.request('GET', '/v1/residents/me', {
      headers: { Origin: PORTAL_ORIGIN },
    });
    expect(withKey.status).toBe(401);
    expect(withKey.body.error.code).toBe('authentication_required');
    const unknown = await asResident(`rt_${'x'.repeat(40)}`, 'GET', '/v1/residents/me');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('resident_session_expired');
    const onKeyRoute = await asResident(token, 'GET', '/v1/divisions');
    expect(onKeyRoute.status).toBe(401);
  });

  it('last 30 days from their last use, and end at sign-out', async () => {
    const token = await signIn();
    clock.advance(29 * DAY);
    expect((await asResident(token, 'GET', '/v1/residents/me')).status).toBe(200);
    clock.advance(29 * DAY);
    expect((await asResident(token, 'GET', '/v1/residents/me')).status).toBe(200);
    const out = await asResident(token, 'DELETE', '/v1/residents/sessions/current');
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    const after = await asResident(token, 'GET', '/v1/residents/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('resident_session_expired');

    const unused = await signIn();
    clock.advance(30 * DAY);
    expect((await asResident(unused, 'GET', '/v1/residents/me')).body.error.code).toBe(
      'resident_session_expired',
    );
  });

  it('a refused request from another origin does not keep the token alive', async () => {
    const token = await signIn();
    clock.advance(20 * DAY);
    await asResident(token, 'GET', '/v1/residents/me', { origin: OTHER_ORIGIN });
    clock.advance(11 * DAY);
    expect((await asResident(token, 'GET', '/v1/residents/me')).status).toBe(401);
  });
});

describe('concurrency: all state in the database', () => {
  it('parallel wrong tries of one code count one by one: never more than 5', async () => {
    await requestCode();
    const code = await lastCode();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => submitCode(wrongCode(code))),
    );
    const codes = answers.map((answer) => answer.body.error.code as string);
    expect(codes.filter((c) => c === 'code_invalid')).toHaveLength(5);
    expect(codes.filter((c) => c === 'code_attempts_exceeded')).toHaveLength(7);
    const [row] = await h.db
      .select()
      .from(residentCodes)
      .where(and(eq(residentCodes.mobile, RESIDENT_MOBILE)));
    expect(row!.attempts).toBe(5);
    expect((await submitCode(code)).body.error.code).toBe('code_attempts_exceeded');
  });

  it('parallel sign-ins with the right code open one session', async () => {
    await requestCode();
    const code = await lastCode();
    const answers = await Promise.all(Array.from({ length: 6 }, () => submitCode(code)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(
      answers.filter((answer) => answer.body.error?.code === 'code_already_used'),
    ).toHaveLength(5);
    expect(await h.db.$count(residentSessions)).toBe(1);
  });

  it('parallel code requests send at most 5 an hour', async () => {
    const answers = await Promise.all(Array.from({ length: 9 }, () => requestCode()));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(4);
    expect(await h.db.$count(residentCodes)).toBe(5);
  });
});
