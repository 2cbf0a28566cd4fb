import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { newMasterSecret } from '../services/secrets.js';
import { CliError } from './errors.js';

export interface StorageOptions {
  /** The data directory (`--data`, default `./.wushe-data`). */
  readonly data: string;
  readonly memory?: boolean;
  /** `DATABASE_URL`: a PostgreSQL server instead of PGlite. */
  readonly url?: string | undefined;
  /** `WUSHE_SECRET`. */
  readonly secret?: string | undefined;
}

/** Where PGlite keeps its files inside the data directory. */
export function pgliteDir(data: string): string {
  return join(resolve(data), 'pgdata');
}

/** Opens the database every command shares: `DATABASE_URL`, or PGlite under `--data`. */
export function openStorage(options: StorageOptions): Promise<DatabaseHandle> {
  if (!options.url && !options.memory) mkdirSync(resolve(options.data), { recursive: true });
  return openDatabase({
    url: options.url,
    dataDir: options.url || options.memory ? undefined : pgliteDir(options.data),
  });
}

/**
 * The master secret: `WUSHE_SECRET`, or (PGlite only) the one kept in `<data>/secret`, created
 * on first use. PostgreSQL needs it set: there is no data directory to keep it in.
 */
export function masterSecret(options: StorageOptions): string {
  if (options.secret) return options.secret;
  if (options.url) {
    throw new CliError(
      'WUSHE_SECRET must be set when DATABASE_URL is: it encrypts personal data at rest',
    );
  }
  const dir = resolve(options.data);
  const path = join(dir, 'secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const created = newMasterSecret();
  writeFileSync(path, `${created}\n`, { mode: 0o600 });
  return created;
}
