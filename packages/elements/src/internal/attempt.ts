import { newIdempotencyKey } from '@wushe/sdk';

/** A value kept in session storage as JSON; `undefined` when absent or unreadable. */
export function readSession(key: string): unknown {
  try {
    const saved = sessionStorage.getItem(key);
    return saved ? (JSON.parse(saved) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` in session storage as JSON (`undefined` removes it). */
export function writeSession(key: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage may be full or disabled (private browsing): the value then lives as long as the
    // page, which still covers double clicks, the SDK's retries and a retry after an error.
  }
}

interface StoredAttempt {
  readonly key: string;
  /** The request the key was made for, as JSON. */
  readonly request: string;
}

/**
 * The idempotency key of something a resident is trying to create (a donation, a claim, a report,
 * a posted need, a signup): a double click, the SDK's own retries and a retry after a lost answer
 * all send the same key, so the server creates it once whatever happened to its answers. Given a
 * `storageKey`, the attempt is kept in session storage and survives a page reload too (the
 * donation's).
 *
 * One attempt is one request: when the resident changes any of it, that is another request and
 * it gets a new key (the old key, sent with another body, would only earn a 422). The attempt is
 * over (`complete`) once the server has answered with what it created, or refused the request.
 */
export class Attempt {
  private memory: StoredAttempt | undefined;

  constructor(private readonly storageKey?: () => string) {}

  /** Whether an attempt was sent and never answered: a reload mid-attempt. */
  get unfinished(): boolean {
    return this.stored() !== undefined;
  }

  /** The key for `request`: the current one when it was made for the same request, else a new one. */
  keyFor(request: unknown): string {
    const body = JSON.stringify(request);
    const stored = this.stored();
    if (stored?.request === body) return stored.key;
    const fresh = { key: newIdempotencyKey(), request: body };
    this.memory = fresh;
    if (this.storageKey) writeSession(this.storageKey(), fresh);
    return fresh.key;
  }

  /** The server answered: the next request is a new attempt. */
  complete(): void {
    this.memory = undefined;
    if (this.storageKey) writeSession(this.storageKey(), undefined);
  }

  private stored(): StoredAttempt | undefined {
    const saved = this.storageKey && (readSession(this.storageKey()) as StoredAttempt | undefined);
    return saved || this.memory;
  }
}
