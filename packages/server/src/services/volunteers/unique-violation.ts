import type { ErrorCode } from '@wushe/schema';
import { ApiError } from '../../http/errors.js';

/** PostgreSQL's SQLSTATE for a unique violation. */
const UNIQUE_VIOLATION = '23505';

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/**
 * The name of the unique index or constraint a failed statement violated, or `undefined` when the
 * error is anything else. Drizzle wraps the driver's error in `cause`; node-postgres and PGlite
 * both carry the constraint name, and the message names it as a last resort.
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  for (let current: unknown = error; current; current = (current as DatabaseErrorFields).cause) {
    if (typeof current !== 'object') return undefined;
    const fields = current as DatabaseErrorFields;
    if (fields.code !== UNIQUE_VIOLATION) continue;
    if (typeof fields.constraint === 'string') return fields.constraint;
    const named = typeof fields.message === 'string' && /constraint "([^"]+)"/.exec(fields.message);
    return named ? named[1] : '';
  }
  return undefined;
}

/**
 * A `catch` handler that turns a unique violation of one of `constraints` into the API error
 * `code` (a 409 that says only what was duplicated) and rethrows anything else unchanged. It
 * always throws: on PostgreSQL the failed statement has aborted the transaction.
 */
export function refuseDuplicate(constraints: readonly string[], code: ErrorCode) {
  return (error: unknown): never => {
    if (constraints.includes(violatedUniqueConstraint(error) ?? '')) throw new ApiError(code);
    throw error;
  };
}
