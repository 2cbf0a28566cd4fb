import type { ErrorCode, FieldIssue } from '@wushe/schema';

/**
 * A broken business rule, in the contract's words: the error code the route declares and, for a
 * bad field, the issues naming it. Services throw it without knowing about HTTP; the app's
 * `onError` is the one place that turns it into the error body and status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly issues?: FieldIssue[],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/**
 * A refusal that keeps what the request wrote before it: the binder commits the transaction,
 * then answers with the error. For a counted try (a wrong sign-in code uses up one of its five
 * tries, however the request ends). Honoured on writes without an idempotency key; with one, the
 * transaction rolls back like any other error's.
 */
export class RefusalAfterCommit extends DomainError {
  constructor(code: ErrorCode, issues?: FieldIssue[]) {
    super(code, issues);
    this.name = 'RefusalAfterCommit';
  }
}
