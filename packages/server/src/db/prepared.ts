import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';

const dialect = new PgDialect();

interface Prepared {
  execute(values: Record<string, unknown>): Promise<unknown>;
}

/** Prepared statements by database and shape; shapes come from code (a few per write). */
const preparedByDatabase = new WeakMap<Executor, Map<string, Prepared>>();

/**
 * Rows of a statement whose text is built and compiled once per `shape` and database: `build`
 * writes it with `sql.placeholder(name)` for every value that varies, and each call passes only
 * `values` (already encoded as the driver takes them, see `encodeRow`). On PostgreSQL it also runs
 * as a named prepared statement, parsed and planned once per connection; PGlite's driver has no
 * named statements and sends the text each time. Two shapes must never build the same text
 * differently: the shape names everything `build` depends on.
 */
export async function queryTemplate<T>(
  db: Executor,
  shape: string,
  build: () => SQL,
  values: Record<string, unknown>,
): Promise<T[]> {
  let prepared = preparedByDatabase.get(db);
  if (!prepared) {
    prepared = new Map();
    preparedByDatabase.set(db, prepared);
  }
  let statement = prepared.get(shape);
  if (!statement) {
    const compiled = dialect.sqlToQuery(build());
    const name = `wushe_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 24)}`;
    statement = db._.session.prepareQuery(compiled, undefined, name, false);
    prepared.set(shape, statement);
  }
  const result = await statement.execute(values);
  return (result as { rows: T[] }).rows;
}
