import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CliError } from './errors.js';

/**
 * `backup <file>`: the embedded database as one gzipped tarball (PGlite's `dumpDataDir`). Stop the
 * server first, or back up while it is idle: PGlite has one process. For PostgreSQL use `pg_dump`.
 */
export async function backupPglite(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir)) throw new CliError(`no database at ${dataDir}`);
  const client = await PGlite.create({ dataDir });
  try {
    const dump = await client.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await client.close();
  }
}

/** `restore <file>`: loads a backup into an empty data directory (never over a database). */
export async function restorePglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new CliError(`no backup file ${file}`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new CliError(`${dataDir} holds a database already: restore into an empty --data`);
  }
  mkdirSync(dataDir, { recursive: true });
  const blob = new Blob([readFileSync(file)], { type: 'application/x-gzip' });
  const client = await PGlite.create({ dataDir, loadDataDir: blob });
  await client.close();
}
