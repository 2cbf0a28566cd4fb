import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS } from '../db/database.js';

/**
 * Every test file opens its own in-memory PGlite, and most of that cost is not the test's: PGlite
 * runs initdb in WebAssembly and then every migration, seconds per file on a CI machine. A dump
 * of a freshly migrated database loads several times faster, so the first file to need one writes
 * it to the temporary folder and every later file (and test run) starts from it. The file's name
 * carries a hash of PGlite's version and of every migration, so a new migration or PGlite makes a
 * new template and a stale one is never loaded.
 */
let template: Promise<Blob> | undefined;

/** A migrated, empty PGlite data directory to start a test database from. */
export function migratedTemplate(): Promise<Blob> {
  template ??= loadOrMake();
  return template;
}

async function loadOrMake(): Promise<Blob> {
  const path = join(tmpdir(), `wushe-pglite-template-${templateKey()}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS });
    const dump = await client.dumpDataDir('none');
    const bytes = new Uint8Array(await dump.arrayBuffer());
    // Written aside and renamed, so a file running beside this one never reads half a template.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, path);
    return new Blob([bytes]);
  } finally {
    await client.close();
  }
}

function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(pgliteVersion());
  for (const file of readdirSync(MIGRATIONS, { recursive: true }).map(String).sort()) {
    const full = join(MIGRATIONS, file);
    if (file.endsWith('.sql') || file.endsWith('.json'))
      hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The installed PGlite's version (its package.json is not among its exports: found beside it). */
function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
    if (name === '@electric-sql/pglite' && version) return version;
  }
  throw new Error('@electric-sql/pglite: its package.json was not found');
}
