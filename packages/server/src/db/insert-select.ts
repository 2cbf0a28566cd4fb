import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into <table> (…) select <row> from <source>`: inserts one row per row of `source` (a
 * CTE's name), so a statement can make one write depend on another. Every column of `row` is a
 * placeholder named `<prefix><key>`, cast to its column's type (a `select` list cannot infer it),
 * so the text is the same for every row with these columns; `encodeRow` gives the values.
 */
export function insertSelect<T extends PgTable>(
  table: T,
  columns: readonly (keyof T['$inferInsert'] & string)[],
  source: SQL,
  prefix = 'row.',
): SQL {
  const all = getTableColumns(table);
  const names = columns.map((key) => sql.identifier(all[key]!.name));
  const values = columns.map(
    (key) => sql`${sql.placeholder(prefix + key)}::${sql.raw(all[key]!.getSQLType())}`,
  );
  return sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(values, sql`, `)} from ${source}`;
}

/**
 * Every column of `table`, in its order: a one-statement write that fills them all (its row built
 * whole, as the database would store it) has one statement text for every row.
 */
export function everyColumn<T extends PgTable>(table: T): (keyof T['$inferInsert'] & string)[] {
  return Object.keys(getTableColumns(table)) as (keyof T['$inferInsert'] & string)[];
}

/**
 * The values of `insertSelect`'s placeholders for `row`, each encoded as drizzle encodes it for
 * `insert … values` (a Date as its ISO text, JSON as text). `null` stays SQL's NULL: a jsonb
 * column would otherwise store JSON's `null`.
 */
export function encodeRow<T extends PgTable>(
  table: T,
  row: Partial<Record<keyof T['$inferInsert'] & string, unknown>>,
  prefix = 'row.',
): Record<string, unknown> {
  const all = getTableColumns(table);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined) continue;
    values[prefix + key] = value === null ? null : all[key]!.mapToDriverValue(value);
  }
  return values;
}

/**
 * A one-statement write of one whole row: `insertSelect` of every column of `table` from the
 * keyed row, and the row's placeholder values (with `more`, the guard's).
 */
export function wholeRowInsert<T extends PgTable>(
  table: T,
  row: Partial<Record<keyof T['$inferInsert'] & string, unknown>>,
  more: Readonly<Record<string, unknown>>,
): { write: (keyed: SQL) => SQL; values: Record<string, unknown> } {
  return {
    write: (keyed) => insertSelect(table, everyColumn(table), keyed),
    values: { ...encodeRow(table, row), ...more },
  };
}
