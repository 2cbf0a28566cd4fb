import { fieldIssue, type IssueCode, type Messages } from '@wushe/schema';
import { DomainError } from '../errors.js';

/** A broken rule of a directory record: where, and which. */
export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
}

/** `400 validation_failed` naming each broken rule, worded in the caller's language. */
export function invalid(messages: Messages, issues: readonly RuleIssue[]): DomainError {
  return new DomainError(
    'validation_failed',
    issues.map((issue) => fieldIssue([...issue.path], issue.code, undefined, messages)),
  );
}
