import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import {
  AuthenticationError,
  ConflictError,
  createClient,
  PermissionError,
  ValidationError,
} from '../src/index.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ staff: true, app: { devRoutes: true } });
});
afterAll(() => server.close());

const clientOf = (auth: { secretKey?: string; staffToken?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, ...auth });

async function signedIn(login: string, totp?: string) {
  const answer = await clientOf({}).staff.signIn({
    login,
    password: DEMO_STAFF_PASSWORD,
    ...(totp ? { totp } : {}),
  });
  return clientOf({ staffToken: answer.session.token });
}

/** RFC 6238 with the authenticator apps' defaults, as a person's phone computes it. */
function totpNow(secretBase32: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secretBase32) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000)));
  const mac = createHmac('sha1', bytes).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describe('accounts', () => {
  it('create, list and update with the secret key; the invite is in the outbox', async () => {
    const admin = clientOf({ secretKey: server.keys.secret });
    const created = await admin.accounts.create({
      name: '陈晓红',
      login: 'chen.xiaohong',
      roles: [{ role: 'community_staff', scope: '440113104001' }],
      contact: { mobile: '+86 138-0013-8123' },
    });
    expect(created).toMatchObject({ login: 'chen.xiaohong', passwordSet: false });
    expect(created.contact).toEqual({ mobile: '13800138123' });

    const invites = await admin.dev.outbox({ to: '13800138123' });
    expect(invites.data[0]).toMatchObject({ template: 'staff_invite' });
    expect(invites.data[0]!.params.setupToken).toMatch(/^setup_/);

    const found = await admin.accounts.list({ search: 'xiaohong' });
    expect(found.data.map((account) => account.id)).toEqual([created.id]);
    const renamed = await admin.accounts.update({ id: created.id, name: '陈晓虹' });
    expect(renamed.name).toBe('陈晓虹');
    // A community role scoped to a street is refused before it is sent.
    await expect(
      admin.accounts.create({
        name: '范围不符',
        login: 'wrong.scope',
        roles: [{ role: 'community_staff', scope: '440113104' }],
        contact: { mobile: '13800138125' },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      admin.accounts.create({
        name: '重名',
        login: 'chen.xiaohong',
        roles: created.roles,
        contact: { mobile: '13800138124' },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('street staff list their communities’ accounts and may not grant district_admin', async () => {
    const street = await signedIn('nancun.staff');
    const page = await street.accounts.list();
    expect(page.data.map((account) => account.login)).toContain('jinxiu.staff');
    expect(page.data.map((account) => account.login)).not.toContain('panyu.admin');
    await expect(
      street.accounts.create({
        name: '越权',
        login: 'escalation',
        roles: [{ role: 'district_admin', scope: '440113' }],
        contact: { email: 'escalation@example.cn' },
      }),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('staff TOTP', () => {
  it('enrols, confirms with a code, and refuses that code a second time', async () => {
    const staff = await signedIn('jinxiu.staff');
    const enrolment = await staff.staff.enrolTotp();
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const code = totpNow(enrolment.secret);
    expect((await staff.staff.confirmTotp({ code })).totpEnabled).toBe(true);
    await expect(signedIn('jinxiu.staff', code)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(staff.staff.disableTotp({ code })).rejects.toMatchObject({
      code: 'totp_code_invalid',
    });
  });
});
