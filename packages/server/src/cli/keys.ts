import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { apiKeys, districts } from '../db/tables/index.js';
import { issueKey } from '../services/keys.js';
import { CliError } from './errors.js';

/** An origin as a browser sends it (`https://www.panyu.gov.cn`), or a loopback `:*` wildcard. */
function checkOrigin(origin: string): string {
  const wildcard = /^(https?:\/\/(localhost|127\.0\.0\.1)):\*$/.exec(origin);
  if (wildcard) return origin;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new CliError(`--origin "${origin}" is not a URL`);
  }
  if (url.origin !== origin)
    throw new CliError(`--origin "${origin}" must be an origin alone, like ${url.origin}`);
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
  return db
    .select({
      id: apiKeys.id,
      kind: apiKeys.kind,
      prefix: apiKeys.displayPrefix,
      origins: apiKeys.allowedOrigins,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.districtCode, districtCode))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
}

/** `keys revoke`: the key stops working at once in every server process (the change is announced). */
export async function revokeKey(db: Database, keyId: string, now: Date) {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw new CliError(`no active key ${keyId}`);
}

async function assertDistrict(db: Database, code: string) {
  const [row] = await db
    .select({ code: districts.code })
    .from(districts)
    .where(eq(districts.code, code));
  if (!row) throw new CliError(`--district ${code} does not exist: run init first`);
}
