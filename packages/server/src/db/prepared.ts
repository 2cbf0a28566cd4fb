import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './database.js';

const dialect = new PgDialect();
/** Statement names by text; bounded, since texts come from code (a few shapes per write). */
const names = new Map<string, string>();
const MAX_NAMES = 1_000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `wushe_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size < MAX_NAMES) names.set(text, name);
  }
  return name;
}

/**
 * Rows of a raw SQL query run as a named prepared statement: PostgreSQL parses and plans a hot
 * write's statement once per connection instead of on every request (the name is derived from
 * the text, so two texts never share one). PGlite's driver has no named statements and runs it
 * as `queryRows` would.
 */
export async function queryPrepared<T>(db: Executor, query: SQL): Promise<T[]> {
  const compiled = dialect.sqlToQuery(query);
  const prepared = db._.session.prepareQuery(compiled, undefined, nameOf(compiled.sql), false);
  const result: unknown = await prepared.execute();
  return (result as { rows: T[] }).rows;
}
