import type { ErrorCode } from '../errors.js';
import type { IssueCode } from '../issues.js';
import type { Locale } from '../primitives.js';

/**
 * The wording of every field issue in one locale. Templates name their facts in braces:
 * `{minimum}`, `{maximum}`, `{key}`; amounts of money arrive in yuan (`{minimumYuan}`).
 * Kept apart from the error wording so a browser bundle that validates forms carries only this.
 */
export type IssueMessages = Readonly<Record<IssueCode, string>>;

/** The wording of every API error in one locale: the server's `message`. */
export type ErrorMessages = Readonly<Record<ErrorCode, string>>;

export interface Messages {
  readonly locale: Locale;
  readonly issues: IssueMessages;
  readonly errors: ErrorMessages;
}
