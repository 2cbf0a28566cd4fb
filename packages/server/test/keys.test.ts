import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiKeys, auditLog } from '../src/db/tables/index.js';
import { sha256 } from '../src/services/secrets.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });
beforeEach(() => {
  clock.reset();
});

const PORTAL = 'https://www.panyu.gov.cn';

async function admin() {
  const staff = await insertStaff(h, {
    login: 'panyu.admin',
    roles: [{ role: 'district_admin', scope: '440113' }],
  });
  return { id: staff.id, token: await signInAs(h, staff, clock.now()) };
}

describe('GET/POST/DELETE /v1/keys', () => {
  it('creates a publishable key shown once, lists it without the key, and revoking it is 401 at once', async () => {
    const { id: adminId, token } = await admin();
    const created = await h.request('POST', '/v1/keys', {
      key: token,
      body: { kind: 'publishable', origins: [PORTAL] },
    });
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect(key).toMatch(/^pk_live_/);
    expect(created.body).toMatchObject({ kind: 'publishable', origins: [PORTAL], revokedAt: null });
    // Only the hash is stored.
    const [row] = await h.db.select().from(apiKeys).where(eq(apiKeys.id, created.body.id));
    expect(row!.keyHash).toBe(sha256(key));
    expect(JSON.stringify(row)).not.toContain(key);

    // The key works from its origin, at once.
    const works = await h.request('GET', '/v1/divisions', { key, headers: { Origin: PORTAL } });
    expect(works.status).toBe(200);

    const listed = await h.request('GET', '/v1/keys', { key: token });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    const entry = listed.body.data.find((each: { id: string }) => each.id === created.body.id);
    expect(entry).toEqual({
      id: created.body.id,
      kind: 'publishable',
      prefix: key.slice(0, 12),
      origins: [PORTAL],
      createdAt: created.body.createdAt,
      revokedAt: null,
    });
    expect(entry).not.toHaveProperty('key');

    const revoked = await h.request('DELETE', `/v1/keys/${created.body.id as string}`, {
      key: token,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await h.request('GET', '/v1/divisions', { key, headers: { Origin: PORTAL } });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('invalid_api_key');

    const again = await h.request('DELETE', `/v1/keys/${created.body.id as string}`, {
      key: token,
    });
    expect(again.status).toBe(404);

    const audited = await h.db.select().from(auditLog).where(eq(auditLog.subjectType, 'api_key'));
    expect(audited.map((entry) => [entry.action, entry.accountId])).toEqual([
      ['key.create', adminId],
      ['key.revoke', adminId],
    ]);
    expect(JSON.stringify(audited)).not.toContain(key);
  });

  it('a secret key is shown once and never in the list; a revoked secret key is 401 at once', async () => {
    // A key is dated by the app's clock: after the seed's keys, listed oldest first.
    clock.set(new Date(Date.now() + 60_000));
    const { token } = await admin();
    const created = await h.request('POST', '/v1/keys', {
      key: token,
      body: { kind: 'secret', mode: 'test' },
    });
    expect(created.status).toBe(201);
    const secret = created.body.key as string;
    expect(secret).toMatch(/^sk_test_/);
    const listed = await h.request('GET', '/v1/keys', { key: secret });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.data.map((each: { kind: string }) => each.kind)).toEqual([
      'publishable',
      'secret',
      'secret',
    ]);
    await h.request('DELETE', `/v1/keys/${created.body.id as string}`, { key: token });
    expect((await h.request('GET', '/v1/keys', { key: secret })).status).toBe(401);
  });

  it('400 names the bad fields: a publishable key needs an origin, a secret key takes none, origins are origins', async () => {
    const { token } = await admin();
    const post = (body: unknown) => h.request('POST', '/v1/keys', { key: token, body });
    const noOrigin = await post({ kind: 'publishable' });
    expect(noOrigin.status).toBe(400);
    expect(noOrigin.body.error.issues[0]).toMatchObject({
      path: ['origins'],
      code: 'too_few_items',
    });
    const secretWithOrigin = await post({ kind: 'secret', origins: [PORTAL] });
    expect(secretWithOrigin.body.error.issues[0]).toMatchObject({ path: ['origins'] });
    const withPath = await post({ kind: 'publishable', origins: [PORTAL, `${PORTAL}/donate`] });
    expect(withPath.body.error.issues[0]).toMatchObject({
      path: ['origins', 1],
      code: 'invalid_format',
    });
  });

  it('street staff are refused 403, audited; another district’s key is not found', async () => {
    const street = await insertStaff(h, {
      login: 'nancun.street',
      roles: [{ role: 'street_staff', scope: '440113104' }],
    });
    const token = await signInAs(h, street, clock.now());
    expect((await h.request('GET', '/v1/keys', { key: token })).status).toBe(403);
    expect(
      (await h.request('POST', '/v1/keys', { key: token, body: { kind: 'secret' } })).status,
    ).toBe(403);
    const refusals = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'permission.refused'));
    expect(refusals.map((entry) => entry.subjectId)).toEqual(['listKeys', 'createKey']);

    const [changning] = await h.db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.districtCode, '310105'))
      .limit(1);
    const { token: adminToken } = await admin();
    const elsewhere = await h.request('DELETE', `/v1/keys/${changning!.id}`, { key: adminToken });
    expect(elsewhere.status).toBe(404);
    // The other district's key still works.
    expect((await h.request('GET', '/v1/divisions', { key: h.keys.otherSk })).status).toBe(200);
  });
});
