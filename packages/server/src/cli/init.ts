import { eq } from 'drizzle-orm';
import { isDivisionCode } from '@wushe/schema';
import type { Database } from '../db/database.js';
import { districts } from '../db/tables/index.js';
import { createStaffAccount, issueSetupToken } from '../services/staff/accounts.js';
import { CliError } from './errors.js';

export interface InitOptions {
  readonly districtCode: string;
  readonly name: string;
  readonly adminLogin: string;
  /** Prefix of volunteer codes shown to residents (`PY` for 番禺); default `V`. */
  readonly volunteerPrefix?: string | undefined;
  readonly now: Date;
}

/** The options of `init`, checked before any database is opened: a mistake changes nothing. */
export function checkInitOptions(options: Omit<InitOptions, 'now'>) {
  if (!isDivisionCode(options.districtCode, 'district')) {
    throw new CliError(
      `--district "${options.districtCode}" is not a district code: 6 digits (GB/T 2260), e.g. 440113`,
    );
  }
  const name = options.name.trim();
  if (name.length < 1 || name.length > 60) throw new CliError('--name needs 1–60 characters');
  const login = options.adminLogin.trim();
  if (!/^[\w.@-]{3,64}$/.test(login)) {
    throw new CliError('--admin needs a login of 3–64 letters, digits, ".", "_", "-" or "@"');
  }
  const prefix = options.volunteerPrefix ?? 'V';
  if (!/^[A-Z]{1,4}$/.test(prefix))
    throw new CliError('--volunteer-prefix needs 1–4 capital letters');
  return { name, login, prefix };
}

/**
 * `wushe-server init`: creates a district and its first `district_admin`, and returns the
 * one-time setup token (72 h) with which the admin sets a password (and gets a TOTP secret).
 * Refuses a code that is not a district's 6 digits, and a district that exists. One transaction.
 */
export async function initDistrict(db: Database, options: InitOptions) {
  const { name, login, prefix } = checkInitOptions(options);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ code: districts.code })
      .from(districts)
      .where(eq(districts.code, options.districtCode));
    if (existing) throw new CliError(`district ${options.districtCode} exists already`);
    await tx
      .insert(districts)
      .values({ code: options.districtCode, name, volunteerCodePrefix: prefix });
    const admin = await createStaffAccount(tx, {
      districtCode: options.districtCode,
      login,
      name: login,
      roles: [{ role: 'district_admin', scope: options.districtCode }],
    });
    const setup = await issueSetupToken(tx, {
      accountId: admin.id,
      purpose: 'setup',
      now: options.now,
    });
    return { accountId: admin.id, setupToken: setup.token, expiresAt: setup.expiresAt };
  });
}
