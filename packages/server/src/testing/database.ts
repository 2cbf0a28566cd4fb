import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migratedTemplate } from './pglite-template.js';

export interface TestDatabaseOptions {
  /**
   * `pglite` (the default): in-memory PGlite. `postgres`: a fresh database, made for this caller
   * and dropped on `close()`, on the server at `WUSHE_TEST_DATABASE_URL` (so parallel test files
   * never share tables).
   */
  readonly engine?: 'pglite' | 'postgres' | undefined;
  readonly poolSize?: number | undefined;
}

export interface TestDatabase {
  readonly handle: DatabaseHandle;
  /** The PostgreSQL URL of the throwaway database (undefined on PGlite). */
  readonly url: string | undefined;
  /** Closes the database, and drops it on PostgreSQL. */
  close(): Promise<void>;
}

/** A database for one test file or run, migrated and empty. */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (options.engine !== 'postgres') {
    const handle = await openDatabase({
      loadDataDir: await migratedTemplate(),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    });
    return { handle, url: undefined, close: () => handle.close() };
  }
  const admin = process.env.WUSHE_TEST_DATABASE_URL;
  if (!admin) throw new Error('a PostgreSQL test database needs WUSHE_TEST_DATABASE_URL');
  const name = `wushe_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(admin, `create database ${name}`);
  const parsed = new URL(admin);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const handle = await openDatabase({
    url,
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  });
  return {
    handle,
    url,
    async close() {
      await handle.close();
      await asAdmin(admin, `drop database if exists ${name} with (force)`);
    },
  };
}

async function asAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
