import type { Context } from 'hono';
import { DomainError } from '../services/errors.js';
import { en, statusOf, zhCN, type ErrorCode, type FieldIssue, type Messages } from '@wushe/schema';

/** The locale of messages: `en` when the client prefers English, otherwise zh-CN (the default). */
export function messagesFor(acceptLanguage: string | undefined): Messages {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? en : zhCN;
}

/**
 * An error of the HTTP layer itself (a bad key, a malformed body, a rate limit), with the headers
 * its answer carries. Like a service's `DomainError`, `onError` turns it into the one error body.
 */
export class ApiError extends DomainError {
  constructor(
    code: ErrorCode,
    issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(code, issues);
    this.name = 'ApiError';
  }
}

/** `{"error": {"code", "message", "issues"?, "requestId"}}` with the code's status. */
export function errorResponse(c: Context, code: ErrorCode, issues?: FieldIssue[]) {
  const messages = messagesFor(c.req.header('Accept-Language'));
  const requestId = (c.get('requestId') as string | undefined) ?? 'req_unknown';
  return c.json(
    { error: { code, message: messages.errors[code], ...(issues ? { issues } : {}), requestId } },
    statusOf(code) as 400,
  );
}
