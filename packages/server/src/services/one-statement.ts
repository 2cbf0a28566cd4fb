import type { SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.js';

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

/**
 * How long a one-statement write's facts are kept. Staleness cannot break a rule (the write's
 * guard compares them with the database); the limit only bounds memory for facts no longer used.
 */
const FACTS_MS = 60_000;
const MAX_FACTS = 10_000;

/**
 * The facts one-statement writes rely on (a fund, a community), read once and kept a minute per
 * database, so apps (and tests) on different databases never share them.
 */
export class FactCache<T> {
  private readonly byDatabase = new WeakMap<
    Executor,
    Map<string, { readonly facts: T; readonly until: number }>
  >();

  private of(db: Executor) {
    let cache = this.byDatabase.get(db);
    if (!cache) {
      cache = new Map();
      this.byDatabase.set(db, cache);
    }
    return cache;
  }

  /** The facts under `key`, read by `load` when not kept (`undefined`: none, not kept). */
  async get(db: Executor, key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const cache = this.of(db);
    const kept = cache.get(key);
    if (kept && kept.until > Date.now()) return kept.facts;
    const facts = await load();
    if (facts === undefined) return undefined;
    if (cache.size >= MAX_FACTS) cache.clear();
    cache.set(key, { facts, until: Date.now() + FACTS_MS });
    return facts;
  }

  /** Forgets `key` (the guard found its facts stale). */
  forget(db: Executor, key: string): void {
    this.of(db).delete(key);
  }
}
