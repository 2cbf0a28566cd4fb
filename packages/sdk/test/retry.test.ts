import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from '../src/errors.js';
import { isRetryable, retryDelayMs, sleep } from '../src/retry.js';

const make = <T>(
  Class: new (init: { code: string; status: number; message: string }) => T,
  status: number,
  code = 'x',
) => new Class({ code, status, message: code });

describe('isRetryable', () => {
  it('retries 5xx, 429 and a key still in flight, whatever the method', () => {
    expect(isRetryable(make(ApiError, 503), false)).toBe(true);
    expect(isRetryable(make(ApiError, 500), false)).toBe(true);
    expect(isRetryable(make(RateLimitError, 429), false)).toBe(true);
    expect(isRetryable(make(ConflictError, 409, 'idempotency_in_progress'), false)).toBe(true);
  });

  it('retries a lost connection or a timeout only when resending cannot create twice', () => {
    expect(isRetryable(make(ConnectionError, 0), true)).toBe(true);
    expect(isRetryable(make(TimeoutError, 0), true)).toBe(true);
    expect(isRetryable(make(ConnectionError, 0), false)).toBe(false);
    expect(isRetryable(make(TimeoutError, 0), false)).toBe(false);
  });

  it('never retries another 4xx', () => {
    expect(isRetryable(make(ValidationError, 400), true)).toBe(false);
    expect(isRetryable(make(NotFoundError, 404), true)).toBe(false);
    expect(isRetryable(make(ConflictError, 409, 'need_already_claimed'), true)).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially with equal jitter, bounded', () => {
    expect(retryDelayMs(0, undefined, () => 0)).toBe(250);
    expect(retryDelayMs(0, undefined, () => 1)).toBe(500);
    expect(retryDelayMs(3, undefined, () => 0)).toBe(2000);
    expect(retryDelayMs(10, undefined, () => 1)).toBe(8000);
  });

  it('spreads clients that fail together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(2)));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });

  it('honours Retry-After, and gives up on one too long to wait', () => {
    expect(retryDelayMs(0, 3)).toBe(3000);
    expect(retryDelayMs(0, 0)).toBe(0);
    expect(retryDelayMs(0, 3600)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
