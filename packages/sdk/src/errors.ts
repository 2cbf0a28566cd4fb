import type { FieldIssue } from '@wushe/schema';

export interface WusheErrorInit {
  readonly code: string;
  readonly message: string;
  /** The HTTP status; `0` when no response arrived (connection, timeout, local validation). */
  readonly status: number;
  readonly requestId?: string | undefined;
  readonly issues?: readonly FieldIssue[] | undefined;
  readonly cause?: unknown;
}

/**
 * Every error the SDK throws. `code` is the API's error code (`need_already_claimed`, …) or one
 * of the SDK's own (`connection_failed`, `timeout`); `issues` name each bad field; `fieldErrors`
 * is the same keyed by dotted path, for a form: `{"contact.mobile": "请填写 11 位手机号码…"}`.
 */
export class WusheError extends Error {
  readonly code: string;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly issues: readonly FieldIssue[];
  override name = 'WusheError';

  constructor(init: WusheErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.issues = init.issues ?? [];
  }

  /** The first message for each field, keyed by its dotted path (`answers.2.value`). */
  get fieldErrors(): Readonly<Record<string, string>> {
    const errors: Record<string, string> = {};
    for (const issue of this.issues) errors[issue.path.join('.')] ??= issue.message;
    return errors;
  }
}

/** 400: a field is wrong. Raised before sending when the SDK's own check finds it. */
export class ValidationError extends WusheError {
  override name = 'ValidationError';
}
/** 401: no key, or a key the server does not know. */
export class AuthenticationError extends WusheError {
  override name = 'AuthenticationError';
}
/** 403: the key may not do this here (origin not allowed, secret key in a page, staff only). */
export class PermissionError extends WusheError {
  override name = 'PermissionError';
}
export class NotFoundError extends WusheError {
  override name = 'NotFoundError';
}
/** 409: the world changed (someone claimed the need first, already answered, …). */
export class ConflictError extends WusheError {
  override name = 'ConflictError';
}
/** 422 (the key was used for another request) or 400 (a key is required). */
export class IdempotencyError extends WusheError {
  override name = 'IdempotencyError';
}
/** 429: wait `retryAfter` seconds. */
export class RateLimitError extends WusheError {
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;
  constructor(init: WusheErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}
/** 423: the staff account is locked after failed sign-ins; try again in `retryAfter` seconds. */
export class LockedError extends RateLimitError {
  override name = 'LockedError';
}
/** 5xx, or any answer the SDK does not understand. */
export class ApiError extends WusheError {
  override name = 'ApiError';
}
/** No answer: the network failed, or the server could not be reached. */
export class ConnectionError extends WusheError {
  override name = 'ConnectionError';
}
/** No answer within `timeoutMs`. */
export class TimeoutError extends WusheError {
  override name = 'TimeoutError';
}

type ErrorClass = new (init: WusheErrorInit & { retryAfter?: number | undefined }) => WusheError;

/** Codes whose class is not their status's: an idempotency fault is its own kind of error. */
const BY_CODE: Readonly<Record<string, ErrorClass>> = {
  idempotency_key_required: IdempotencyError,
  idempotency_key_reused: IdempotencyError,
};

const BY_STATUS: Readonly<Record<number, ErrorClass>> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  405: ApiError,
  409: ConflictError,
  413: ValidationError,
  415: ValidationError,
  422: IdempotencyError,
  423: LockedError,
  429: RateLimitError,
};

/** The one factory: an API error response (status, body, headers) becomes the right class. */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers?: { get(name: string): string | null },
): WusheError {
  const error = (body as { error?: Partial<WusheErrorInit> & { issues?: FieldIssue[] } } | null)
    ?.error;
  const code =
    typeof error?.code === 'string'
      ? error.code
      : status >= 500
        ? 'internal_error'
        : 'unknown_error';
  const ErrorType: ErrorClass = BY_CODE[code] ?? BY_STATUS[status] ?? ApiError;
  const retryAfter = Number(headers?.get('Retry-After') ?? Number.NaN);
  return new ErrorType({
    code,
    status,
    message: typeof error?.message === 'string' ? error.message : `HTTP ${status}`,
    requestId:
      (typeof error?.requestId === 'string' ? error.requestId : undefined) ??
      headers?.get('X-Request-Id') ??
      undefined,
    issues: Array.isArray(error?.issues) ? error.issues : undefined,
    retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined,
  });
}
