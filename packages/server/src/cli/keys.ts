import { eq } from 'drizzle-orm';
import { checkKeyOrigin } from '@wushe/schema';
import type { Database } from '../db/database.js';
import { districts } from '../db/tables/index.js';
import { districtKeys, issueKey, revokeKey as revokeDistrictKey } from '../services/keys.js';
import { CliError } from './errors.js';

/** An origin as a browser sends it (`https://www.panyu.gov.cn`), or a loopback `:*` wildcard. */
function checkOrigin(origin: string): string {
  const verdict = checkKeyOrigin(origin);
  if (verdict === 'not_a_url') throw new CliError(`--origin "${origin}" is not a URL`);
  if (verdict === 'not_an_origin') {
    throw new CliError(
      `--origin "${origin}" must be an origin alone, like ${new URL(origin).origin}`,
    );
  }
  return origin;
}

/**
 * `keys create`: a publishable key bound to `--origin`s, or a secret key (no origin). The key is
 * printed once; only its hash is stored.
 */
export async function createKey(
  db: Database,
  options: {
    districtCode: string;
    kind: string;
    origins: readonly string[];
    mode?: string | undefined;
  },
) {
  if (options.kind !== 'publishable' && options.kind !== 'secret')
    throw new CliError(`--kind must be "publishable" or "secret", not "${options.kind}"`);
  const mode = options.mode ?? 'live';
  if (mode !== 'live' && mode !== 'test')
    throw new CliError(`--mode must be "live" or "test", not "${mode}"`);
  if (options.kind === 'publishable' && options.origins.length === 0)
    throw new CliError('a publishable key needs at least one --origin');
  if (options.kind === 'secret' && options.origins.length > 0)
    throw new CliError('a secret key takes no --origin: it must never be used from a page');
  const origins = options.origins.map(checkOrigin);
  await assertDistrict(db, options.districtCode);
  return issueKey(db, {
    districtCode: options.districtCode,
    kind: options.kind,
    mode,
    allowedOrigins: origins,
  });
}

/** `keys list`: a district's keys, never the keys themselves (their first characters only). */
export async function listKeys(db: Database, districtCode: string) {
  await assertDistrict(db, districtCode);
  return districtKeys(db, districtCode);
}

/** `keys revoke`: the key stops working at once in every server process (the change is announced). */
export async function revokeKey(db: Database, keyId: string, now: Date) {
  if (!(await revokeDistrictKey(db, keyId, now))) throw new CliError(`no active key ${keyId}`);
}

async function assertDistrict(db: Database, code: string) {
  const [row] = await db
    .select({ code: districts.code })
    .from(districts)
    .where(eq(districts.code, code));
  if (!row) throw new CliError(`--district ${code} does not exist: run init first`);
}
