/**
 * Token buckets per API key and client: `burst` requests at once, refilled at `perMinute`.
 * Resident POSTs go through it, so one page (or one script with a publishable key) cannot flood
 * a district's needs wall. Per process: behind a load balancer each process counts its own.
 */
export interface RateLimitOptions {
  readonly burst: number;
  readonly perMinute: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 20, perMinute: 60 };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT) {}

  /** Takes a token; returns the seconds to wait when there is none, else 0. */
  take(key: string, now = Date.now()): number {
    const { burst, perMinute } = this.options;
    const perMs = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (this.buckets.size > 50_000) this.buckets.clear();
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }
}
