import type { SQL } from 'drizzle-orm';

/**
 * A write whose answer is known before it runs, offered by a service so the binder can make it in
 * the same statement as its idempotency record: one round trip, committed by itself, instead of a
 * transaction. A service offers one when it can (e.g. from cached facts) and `undefined` when it
 * cannot; `guard` re-checks in the database every fact the answer relied on, so a stale cache can
 * never let through a write the rules forbid — the write then falls back to the transaction path.
 *
 * The statement's text is built once per `shape` (see `queryTemplate`): `guard` and `write` put
 * `sql.placeholder(name)` wherever a value varies, and `values` holds this request's values.
 */
export interface OneStatementWrite {
  /** The response body, as the handler would have returned it. */
  readonly body: unknown;
  /** Names what the text of `guard` and `write` depends on: the same shape, the same text. */
  readonly shape: string;
  /** A condition the write waits on: the facts the body and the rules relied on still hold. */
  readonly guard: () => SQL;
  /** The write, as `insert … select … from <keyed>`: one row for the one row of `keyed`. */
  readonly write: (keyed: SQL) => SQL;
  /** The placeholders' values, encoded as the driver takes them. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Called when the statement wrote nothing (e.g. to forget facts the guard found stale). */
  readonly onMiss?: () => void;
}
