import { eq } from 'drizzle-orm';
import type { RoleGrant } from '@wushe/schema';
import { staffAccounts } from '../src/db/tables/index.js';
import { encrypt } from '../src/services/secrets.js';
import { createStaffAccount } from '../src/services/staff/accounts.js';
import { hashPassword } from '../src/services/staff/passwords.js';
import { base32Decode, newTotpSecret, totpCode } from '../src/services/staff/totp.js';
import type { Harness } from './harness.js';

export const STAFF_PASSWORD = 'Jinxiu-Xiangjiang-2026';

/** A clock the app reads through its `now` dependency; tests move it. */
export function testClock(start = new Date('2026-12-06T01:00:00Z')) {
  let current = start;
  return {
    now: () => current,
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
    set(at: Date) {
      current = at;
    },
    reset() {
      current = start;
    },
  };
}

export const MINUTE = 60_000;

/** A staff account of 番禺区 with a password (and a TOTP secret for a district admin). */
export async function insertStaff(
  h: Harness,
  input: { login: string; roles: RoleGrant[]; districtCode?: string; externalId?: string },
) {
  const account = await createStaffAccount(h.db, {
    districtCode: input.districtCode ?? '440113',
    login: input.login,
    name: `${input.login} 的姓名`,
    roles: input.roles,
    externalId: input.externalId ?? null,
  });
  const totp = input.roles.some((grant) => grant.role === 'district_admin')
    ? newTotpSecret()
    : undefined;
  await h.db
    .update(staffAccounts)
    .set({
      passwordHash: await hashPassword(STAFF_PASSWORD),
      ...(totp ? { totpSecret: encrypt(h.secrets, totp) } : {}),
    })
    .where(eq(staffAccounts.id, account.id));
  return {
    id: account.id,
    login: input.login,
    /** The current TOTP code of a district admin. */
    code: (at: Date) => (totp ? totpCode(base32Decode(totp), at) : undefined),
  };
}

/** Signs in with the shared password (and the TOTP code when there is one); the token. */
export async function signInAs(
  h: Harness,
  staff: { login: string; code: (at: Date) => string | undefined },
  at: Date,
): Promise<string> {
  const code = staff.code(at);
  const response = await h.request('POST', '/v1/staff/sign-in', {
    key: null,
    body: { login: staff.login, password: STAFF_PASSWORD, ...(code ? { totp: code } : {}) },
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(response.body)}`);
  return response.body.session.token as string;
}
