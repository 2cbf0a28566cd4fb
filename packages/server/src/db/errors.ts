import type { ErrorCode } from '@wushe/schema';
import { DomainError } from '../services/errors.js';

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** An error and its causes: drizzle wraps the driver's error (node-postgres or PGlite) in `cause`. */
function* chain(error: unknown): Generator<DatabaseErrorFields> {
  for (let current = error; typeof current === 'object' && current !== null;) {
    const fields = current as DatabaseErrorFields;
    yield fields;
    current = fields.cause;
  }
}

/** PostgreSQL's SQLSTATE for a unique violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * The name of the unique index or constraint a failed statement violated, or `undefined` when the
 * error is anything else. Both drivers name it in `constraint`; the message is the last resort.
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  for (const fields of chain(error)) {
    if (fields.code !== UNIQUE_VIOLATION) continue;
    if (typeof fields.constraint === 'string') return fields.constraint;
    const named = typeof fields.message === 'string' && /constraint "([^"]+)"/.exec(fields.message);
    return named ? named[1] : '';
  }
  return undefined;
}

/** Whether `error` is a unique violation (of `constraint`, when one is named). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const violated = violatedUniqueConstraint(error);
  return violated !== undefined && (constraint === undefined || violated === constraint);
}

/**
 * A `catch` handler that turns a unique violation of one of `constraints` into the API error
 * `code` (a 409 that says only what was duplicated) and rethrows anything else unchanged. It
 * always throws: on PostgreSQL the failed statement has aborted the transaction.
 */
export function refuseDuplicate(constraints: readonly string[], code: ErrorCode) {
  return (error: unknown): never => {
    if (constraints.includes(violatedUniqueConstraint(error) ?? '')) throw new DomainError(code);
    throw error;
  };
}

/** SQLSTATEs and socket errors that mean the database is unreachable for now. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** Whether the database is unreachable (a retryable 503), not the request wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const { code } of chain(error)) {
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08')))
      return true;
  }
  return false;
}
