import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as tables from './tables/index.js';

/** The query builder over either driver: code written against it runs on both. */
export type Database = PgDatabase<PgQueryResultHKT, typeof tables>;
/** A transaction, or the database itself where no transaction is needed. */
export type Executor = Parameters<Parameters<Database['transaction']>[0]>[0] | Database;

/** Rows of a raw SQL query, typed by the caller; both drivers answer `{rows}`. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** Refreshes the planner's statistics, after a bulk load (PostgreSQL's autovacuum does it by itself). */
  analyze(): Promise<void>;
  /** Calls `onNotify(payload)` for every NOTIFY on `channel`; resolves to a stop function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL URL (`postgres://…`); without it, embedded PGlite is used. */
  readonly url?: string | undefined;
  /** PGlite's data directory; without it, PGlite keeps everything in memory. */
  readonly dataDir?: string | undefined;
  /** Connections in the PostgreSQL pool. */
  readonly poolSize?: number;
  /**
   * PGlite only: start from this dumped data directory (PGlite's `dumpDataDir()`), such as an
   * already migrated template, instead of an empty cluster; the migrations still run (a no-op
   * when the dump has them all).
   */
  readonly loadDataDir?: Blob | undefined;
}

/** The committed migrations, applied in order by `openDatabase`. */
export const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));
const PGLITE_ANALYZE_MS = 10 * 60 * 1000;

/** Opens the database and applies every committed migration, the same on both drivers. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir, options.loadDataDir);
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<DatabaseHandle> {
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = drizzlePglite({ client, schema: tables });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  // PGlite runs no autovacuum, so nothing gathers the planner's statistics: without them a search
  // for a rare word cannot tell it is rare and picks a slow plan. Analyze now and every so often.
  const analyze = () => client.exec('analyze').then(() => undefined);
  await analyze();
  const maintenance = setInterval(() => void analyze().catch(() => undefined), PGLITE_ANALYZE_MS);
  maintenance.unref();
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    async listen(channel, onNotify) {
      const stop = await client.listen(channel, onNotify);
      return stop;
    },
    analyze,
    async close() {
      clearInterval(maintenance);
      await client.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A pooled connection that dies (server restart) must not crash the process: it is replaced.
  pool.on('error', () => undefined);
  const db = drizzlePostgres({ client: pool, schema: tables });
  await migrateExclusively(url);
  const listeners = new Set<pg.Client>();
  return {
    db: db as unknown as Database,
    kind: 'postgres',
    analyze: async () => {
      await pool.query('analyze');
    },
    async listen(channel, onNotify) {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end();
      };
    },
    async close() {
      await Promise.all([...listeners].map((client) => client.end()));
      await pool.end();
    },
  };
}

/** Any 64-bit number all wushe processes agree on: the advisory lock held while migrating. */
const MIGRATION_LOCK = 7_310_105_440_113;

/**
 * Applies the migrations holding an advisory lock on one connection: N processes started at once
 * on one database migrate one after another (the first applies, the rest find nothing to do)
 * instead of racing to create the same tables.
 */
async function migrateExclusively(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePostgres(drizzlePostgres({ client, schema: tables }), {
      migrationsFolder: MIGRATIONS,
    });
  } finally {
    await client.end();
  }
}
