import type { ErrorCode } from '../errors.js';
import type { IssueCode } from '../issues.js';
import type { Locale } from '../primitives.js';

/**
 * The wording of every field issue in one locale. Templates name their facts in braces:
 * `{minimum}`, `{maximum}`, `{key}`; amounts of money arrive in yuan (`{minimumYuan}`).
 * Kept apart from the error wording so a browser bundle that validates forms carries only this.
 */
export type IssueMessages = Readonly<Record<Exclude<IssueCode, StaffIssueCode>, string>>;

/**
 * Issue codes that only staff forms meet (accounts, passwords, the directory). Their wording is
 * kept in its own map so that no resident widget's bundle carries it (SPEC §8's budgets).
 */
export type StaffIssueCode =
  | 'role_scope'
  | 'password_too_short'
  | 'password_too_common'
  | 'street_or_community_code'
  | 'division_kind_level'
  | 'division_parent_missing'
  | 'credit_code_not_for_filed'
  | 'organization_or_station'
  | 'account_not_social_worker'
  | 'duplicate_grant'
  | 'scope_unknown'
  | 'project_quiet'
  | 'resource_not_published'
  | 'not_matched_to_organization'
  | 'outside_project'
  | 'score_range'
  | 'deadline_passed'
  | 'call_closed'
  | 'call_not_yet_open';

export type StaffIssueMessages = Readonly<Record<StaffIssueCode, string>>;

/** The wording of every API error in one locale: the server's `message`. */
export type ErrorMessages = Readonly<Record<ErrorCode, string>>;

export interface Messages {
  readonly locale: Locale;
  readonly issues: IssueMessages;
  /** Apart from `issues`, so that a resident bundle importing a locale's issues never carries these. */
  readonly staffIssues: StaffIssueMessages;
  readonly errors: ErrorMessages;
}
