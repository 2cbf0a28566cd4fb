import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';

const dialect = new PgDialect();

interface Prepared {
  execute(values: Record<string, unknown>): Promise<unknown>;
}

/** Prepared statements by database and shape; shapes come from code (a few per write). */
const preparedByDatabase = new WeakMap<Executor, Map<string, Prepared>>();

/** A statement kept on PGlite as a function of the session (see `queryTemplate`). */
interface PgliteFunction {
  readonly created: Promise<unknown>;
  readonly call: string;
  readonly params: unknown[];
}

const pgliteFunctions = new WeakMap<PGlite, Map<string, PgliteFunction>>();

/**
 * On PGlite, which has no named prepared statements: the statement becomes a SQL function of the
 * session (`pg_temp`, gone with the database instance), created once per shape, so each call
 * parses and plans only `select * from fn($1, …)` and the statement's plan is kept with the
 * function — a write with its idempotency record in CTEs then costs about what one plain INSERT
 * does (measured in `bench/writes-floor.mjs`). Every argument is `text`, which the statement's
 * own casts (`$1::integer`, as every placeholder of these templates has) turn into its type.
 */
async function queryPgliteFunction<T>(
  client: PGlite,
  shape: string,
  build: () => SQL,
  values: Record<string, unknown>,
  returns: string,
): Promise<T[]> {
  let functions = pgliteFunctions.get(client);
  if (!functions) {
    functions = new Map();
    pgliteFunctions.set(client, functions);
  }
  let fn = functions.get(shape);
  if (!fn) {
    const compiled = dialect.sqlToQuery(build());
    const name = `pg_temp.wushe_${createHash('sha1').update(`${compiled.sql}\n${returns}`).digest('hex').slice(0, 24)}`;
    const args = compiled.params.map((_, index) => `p${index + 1} text`).join(', ');
    const placeholders = compiled.params.map((_, index) => `$${index + 1}`).join(', ');
    fn = {
      created: client.exec(
        `create or replace function ${name}(${args}) returns table (${returns}) language sql as $wushe$ ${compiled.sql} $wushe$`,
      ),
      call: `select * from ${name}(${placeholders})`,
      params: compiled.params,
    };
    functions.set(shape, fn);
    fn.created.catch(() => functions.delete(shape));
  }
  await fn.created;
  const result = await client.query<T>(fn.call, fillPlaceholders(fn.params, values));
  return result.rows;
}

/**
 * Rows of a statement whose text is built and compiled once per `shape` and database: `build`
 * writes it with `sql.placeholder(name)` for every value that varies, and each call passes only
 * `values` (already encoded as the driver takes them, see `encodeRow`). On PostgreSQL it also runs
 * as a named prepared statement, parsed and planned once per connection; PGlite's driver has no
 * named statements: given `pglite.returns` (the result's columns, `written integer`), the
 * statement runs there as a function of the session instead (`queryPgliteFunction`), else its
 * text is sent each time. Two shapes must never build the same text differently: the shape names
 * everything `build` depends on.
 */
export async function queryTemplate<T>(
  db: Executor,
  shape: string,
  build: () => SQL,
  values: Record<string, unknown>,
  pglite?: { readonly returns: string },
): Promise<T[]> {
  const client = (db as { $client?: unknown }).$client;
  if (pglite && client instanceof PGlite) {
    return queryPgliteFunction<T>(client, shape, build, values, pglite.returns);
  }
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
