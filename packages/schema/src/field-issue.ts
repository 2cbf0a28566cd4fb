import type { FieldIssue, IssueCode } from './issues.js';
import type { IssueMessages, StaffIssueMessages } from './messages/types.js';
import { zhCNIssues } from './messages/zh-CN.js';

/*
 * Wording one field issue, apart from `validate` (which reads zod's issues): a form's own checks
 * word their issues with this alone, without the code that classifies zod's.
 */

/** Anything that carries issue wording: a whole locale (`en`) or just its issues. */
export interface Wording {
  readonly issues: IssueMessages;
  /** The wording of staff forms' issues (a whole locale has it; a resident widget's need not). */
  readonly staffIssues?: StaffIssueMessages;
}
export const DEFAULT_WORDING: Wording = { issues: zhCNIssues };

/** Words one issue: fills `{name}` placeholders from its params. */
export function fieldIssue(
  path: (string | number)[],
  code: IssueCode,
  params: Record<string, unknown> | undefined,
  messages: Wording = DEFAULT_WORDING,
): FieldIssue {
  // A code from a newer server may be missing from an older locale map.
  const template =
    (messages.issues as Partial<Record<string, string>>)[code] ??
    (messages.staffIssues as Partial<Record<string, string>> | undefined)?.[code] ??
    messages.issues.invalid;
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
  return params ? { path, code, message, params } : { path, code, message };
}
