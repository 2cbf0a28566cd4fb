import type { CreateDonationRequest, CreateDonationResponse } from '@wushe/schema';
import { newIdempotencyKey } from '@wushe/sdk';

interface StoredAttempt {
  readonly key: string;
  /** The request the key was made for, as JSON. */
  readonly request: string;
}

function read(key: string): unknown {
  try {
    const saved = sessionStorage.getItem(key);
    return saved ? (JSON.parse(saved) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage may be full or disabled (private browsing): the key then lives as long as the page,
    // which still covers double clicks, the SDK's retries and a retry after an error.
  }
}

/**
 * The idempotency key of the donation a resident is trying to make, kept in session storage so
 * that a double click, the SDK's own retries, a retry after a lost answer and a page reload all
 * send the same key, and the server creates the donation once whatever happened to its answers.
 *
 * One attempt is one request: the same fund, amount, donor and channel. When the resident
 * changes any of it, that is a different donation and it gets a new key (the old key, sent with
 * another body, would only earn a 422). A donation an unanswered earlier attempt may have created
 * stays `pending` and unpaid: only a payment moves a fund's total. The key is dropped once the
 * server has answered with the created donation.
 */
export class DonationAttempt {
  private memory: StoredAttempt | undefined;

  constructor(private readonly storageKey: () => string) {}

  /** Whether an attempt was sent and never answered: a reload mid-attempt. */
  get unfinished(): boolean {
    return this.stored() !== undefined;
  }

  /** The key for `request`: the stored one when it was made for the same request, else a new one. */
  keyFor(request: CreateDonationRequest): string {
    const body = JSON.stringify(request);
    const stored = this.stored();
    if (stored?.request === body) return stored.key;
    const fresh = { key: newIdempotencyKey(), request: body };
    this.memory = fresh;
    write(this.storageKey(), fresh);
    return fresh.key;
  }

  /** The server answered with the donation: the attempt is over. */
  complete(): void {
    this.memory = undefined;
    write(this.storageKey(), undefined);
  }

  private stored(): StoredAttempt | undefined {
    return (read(this.storageKey()) as StoredAttempt | undefined) ?? this.memory;
  }
}

/**
 * The donation created and not yet settled, with its payment instructions, kept in session
 * storage: a donor who pays on the provider's page in the same tab and comes back (or reloads)
 * finds the payment step again, and the widget checks whether the payment went through.
 */
export class PendingDonation {
  constructor(private readonly storageKey: () => string) {}

  get(): CreateDonationResponse | undefined {
    return read(this.storageKey()) as CreateDonationResponse | undefined;
  }

  set(value: CreateDonationResponse | undefined): void {
    write(this.storageKey(), value);
  }
}
