import { ConnectionError, TimeoutError, type WusheError } from './errors.js';

/** The first retry waits about this long; each next one twice as long. */
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** A server asking for a longer pause than this is not waited for: the error is returned. */
const MAX_RETRY_AFTER_S = 60;

/**
 * Whether a failed attempt may be sent again as it is. Retried: 5xx, 429, a 409 the API marks
 * retryable (the same idempotency key still in flight), and — only when sending again cannot
 * create anything twice (a read, or a request with an idempotency key) — a lost connection or a
 * timeout. Never another 4xx: it would fail the same way.
 */
export function isRetryable(error: WusheError, safeToResend: boolean): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return safeToResend;
  // A mobile's hourly sign-in codes are used up: waiting a minute would not send one sooner.
  if (error.code === 'too_many_codes') return false;
  if (error.status >= 500 || error.status === 429) return true;
  return error.status === 409 && error.code === 'idempotency_in_progress';
}

/**
 * How long to wait before retry number `attempt` (0-based): `Retry-After` when the server gave
 * one, else exponential backoff with equal jitter, so many clients failing together do not
 * retry together. `undefined` when the server asks for too long a wait.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterSeconds?: number,
  random = Math.random,
): number | undefined {
  if (retryAfterSeconds !== undefined) {
    return retryAfterSeconds > MAX_RETRY_AFTER_S ? undefined : retryAfterSeconds * 1000;
  }
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
