import type * as z from 'zod/mini';
import { validate, zhCNIssues } from '@wushe/schema';
import { ApiError, ValidationError } from './errors.js';
import type { Requester } from './requester.js';

/*
 * Checking with the contract's schemas: a module of its own, which `Requester.call` loads with
 * `import()` on its first call, so a bundle that only sends by the routes' wire parts
 * (`Requester.send`, a widget's reads) carries neither the checks nor their wording.
 */

/**
 * Checks a value with a schema of the contract, worded in the requester's issue messages (zh-CN
 * by default): the parsed value, or a `ValidationError` with every field issue, before any request.
 */
export function checkInput(
  requester: Requester,
  schema: z.core.$ZodType | undefined,
  value: unknown,
): unknown {
  if (!schema) return undefined;
  const result = validate(schema as z.ZodMiniType, value, {
    issues: requester.options.issueMessages ?? zhCNIssues,
  });
  if (result.success) return result.data;
  throw new ValidationError({
    code: 'validation_failed',
    status: 0,
    message: result.issues
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; '),
    issues: result.issues,
  });
}

/** Checks an answer with its response schema (`ClientOptions.responseSchemas`). */
export function checkResponse(
  routeId: string,
  schema: z.core.$ZodType,
  payload: unknown,
  headers: Headers,
  status: number,
): void {
  const checked = validate(schema as z.ZodMiniType, payload);
  if (checked.success) return;
  throw new ApiError({
    code: 'invalid_response',
    status,
    message: `The response of ${routeId} breaks the contract`,
    issues: checked.issues,
    requestId: headers.get('X-Request-Id') ?? undefined,
  });
}
