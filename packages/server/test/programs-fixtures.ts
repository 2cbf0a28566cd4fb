import type { RoleGrant } from '@wushe/schema';
import { createStaffAccount } from '../src/services/staff/accounts.js';
import { openSession } from '../src/services/staff/sessions.js';
import type { Harness } from './harness.js';

/**
 * A staff account of 番禺区 per login, each with an open session: the tokens, by login. Opened
 * directly, without a password (sign-in has its own tests), so a test file of many staff callers
 * does not spend seconds on scrypt before every test.
 */
export async function staffSessions<K extends string>(
  h: Harness,
  people: Record<K, readonly RoleGrant[]>,
  now: Date,
): Promise<Record<K, string>> {
  const tokens = {} as Record<K, string>;
  for (const login of Object.keys(people) as K[]) {
    const account = await createStaffAccount(h.db, {
      districtCode: '440113',
      login: `${login}.staff`,
      name: `${login} 的姓名`,
      roles: [...people[login]],
      externalId: null,
    });
    const session = await openSession(h.db, {
      accountId: account.id,
      districtCode: '440113',
      kind: 'password',
      now,
    });
    tokens[login] = session.token;
  }
  return tokens;
}
