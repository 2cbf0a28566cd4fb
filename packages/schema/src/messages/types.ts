import type { ErrorCode } from '../errors.js';
import type { IssueCode } from '../issues.js';
import type { Locale } from '../primitives.js';

/**
 * The wording of every field issue and API error in one locale. Templates name their facts in
 * braces: `{minimum}`, `{maximum}`, `{key}`. Amounts of money arrive in yuan (`{minimumYuan}`).
 */
export interface Messages {
  readonly locale: Locale;
  readonly issues: Readonly<Record<IssueCode, string>>;
  readonly errors: Readonly<Record<ErrorCode, string>>;
}
