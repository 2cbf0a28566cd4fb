import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into <table> (…) select <row> from <source>`: inserts `row` once per row of `source`
 * (a CTE's name), so a statement can make one write depend on another. Each value is encoded as
 * drizzle encodes it for `insert … values` and cast to its column's type, which a `select` list
 * cannot infer by itself.
 */
export function insertSelect<T extends PgTable>(
  table: T,
  row: { [K in keyof T['$inferInsert']]?: T['$inferInsert'][K] },
  source: SQL,
): SQL {
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => (row as Record<string, unknown>)[key] !== undefined,
  );
  const names = columns.map(([, column]) => sql.identifier(column.name));
  const values = columns.map(([key, column]) => {
    const value = (row as Record<string, unknown>)[key];
    // `null` is SQL's NULL, never encoded: a jsonb column would store JSON's `null` instead.
    const encoded = value === null ? sql`null` : sql.param(value, column);
    return sql`${encoded}::${sql.raw(column.getSQLType())}`;
  });
  return sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(values, sql`, `)} from ${source}`;
}
