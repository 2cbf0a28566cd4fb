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
