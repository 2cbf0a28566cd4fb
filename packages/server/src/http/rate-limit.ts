import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { rateLimitBuckets } from '../db/tables/index.js';

/**
 * Token buckets per API key and client: `burst` requests at once, refilled at `perMinute`.
 * Resident POSTs go through it, so one page (or one script with a publishable key) cannot flood
 * a district's needs wall. The buckets live in the database (`rate_limit_buckets`), so every
 * server process on it counts against the same limit: three processes behind a balancer allow
 * what one would.
 */
export interface RateLimitOptions {
  readonly burst: number;
  readonly perMinute: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 20, perMinute: 60 };

/** How often each process deletes buckets idle long enough to be full again. */
const SWEEP_MS = 60_000;
/** A bucket idle for a day is deleted whatever the limit (a limit that takes longer to fill). */
const MAX_IDLE_S = 24 * 60 * 60;

export class RateLimiter {
  private readonly sweeper: ReturnType<typeof setInterval> | undefined;

  /** `false` turns the limit off: `take` always answers 0 and touches nothing. */
  constructor(
    private readonly db: Executor,
    private readonly options: RateLimitOptions | false = DEFAULT_RATE_LIMIT,
  ) {
    if (!options) return;
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_MS);
    this.sweeper.unref();
  }

  /**
   * Takes a token; resolves to the seconds to wait when there is none, else 0. One statement:
   * the bucket is created full (less this token), or refilled for the time since its last request
   * and a token taken when there is one, under the row's lock, so concurrent requests from any
   * process are counted one by one. Time is the database's (`now()`) unless a test gives one.
   */
  async take(key: string, now?: Date): Promise<number> {
    if (!this.options) return 0;
    const { burst, perMinute } = this.options;
    const perSecond = perMinute / 60;
    const at = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
    const refilled = sql`least(${burst}::float8, b.tokens + greatest(0, extract(epoch from (${at} - b.refilled_at))::float8) * ${perSecond}::float8)`;
    const [bucket] = await queryRows<{ tokens: number; taken: boolean }>(
      this.db,
      sql`insert into ${rateLimitBuckets} as b (key, tokens, refilled_at, taken)
        values (${key}, ${burst - 1}::float8, ${at}, true)
        on conflict (key) do update set
          tokens = case when ${refilled} >= 1 then ${refilled} - 1 else ${refilled} end,
          taken = ${refilled} >= 1,
          refilled_at = greatest(b.refilled_at, ${at})
        returning tokens, taken`,
    );
    if (!bucket || bucket.taken) return 0;
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  /**
   * Deletes the buckets nobody has used for as long as a bucket takes to fill: such a bucket is
   * the same as none. Runs every minute in each process, never per request.
   */
  async sweep(now?: Date): Promise<void> {
    if (!this.options) return;
    const fullAfterSeconds = Math.min(
      this.options.burst / (this.options.perMinute / 60),
      MAX_IDLE_S,
    );
    const at = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`;
    await this.db.execute(
      sql`delete from ${rateLimitBuckets}
        where refilled_at < ${at} - make_interval(secs => ${fullAfterSeconds}::float8)`,
    );
  }

  close(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }
}
