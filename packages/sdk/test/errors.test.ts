import { describe, expect, it } from 'vitest';
import { ErrorCodes, type ErrorCode } from '@wushe/schema';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  errorFromResponse,
  IdempotencyError,
  LockedError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
  WusheError,
} from '../src/errors.js';

const body = (code: string, extra: object = {}) => ({
  error: { code, message: `message of ${code}`, requestId: 'req_0123456789abcdefghij', ...extra },
});

/** The class every error code of the contract becomes. */
const EXPECTED: Record<ErrorCode, new (...args: never[]) => WusheError> = {
  validation_failed: ValidationError,
  invalid_json: ValidationError,
  idempotency_key_required: IdempotencyError,
  password_too_weak: ValidationError,
  password_too_common: ValidationError,
  setup_token_invalid: ValidationError,
  totp_code_invalid: ValidationError,
  totp_not_pending: ValidationError,
  code_invalid: ValidationError,
  code_expired: ValidationError,
  code_already_used: ValidationError,
  code_attempts_exceeded: ValidationError,
  authentication_required: AuthenticationError,
  invalid_api_key: AuthenticationError,
  invalid_signature: AuthenticationError,
  invalid_credentials: AuthenticationError,
  totp_required: AuthenticationError,
  session_expired: AuthenticationError,
  resident_session_expired: AuthenticationError,
  origin_not_allowed: PermissionError,
  secret_key_in_browser: PermissionError,
  secret_key_required: PermissionError,
  results_not_public: PermissionError,
  indicators_not_public: PermissionError,
  forbidden: PermissionError,
  resident_origin_mismatch: PermissionError,
  not_found: NotFoundError,
  method_not_allowed: ApiError,
  need_already_claimed: ConflictError,
  need_not_open: ConflictError,
  invalid_status_transition: ConflictError,
  already_reported: ConflictError,
  already_responded: ConflictError,
  follow_up_already_recorded: ConflictError,
  volunteer_exists: ConflictError,
  already_signed_up: ConflictError,
  activity_closed: ConflictError,
  activity_cancelled: ConflictError,
  capacity_below_signups: ConflictError,
  signup_not_active: ConflictError,
  survey_questions_frozen: ConflictError,
  fund_uses_platform: ConflictError,
  fund_not_donatable: ConflictError,
  donation_not_pending: ConflictError,
  division_exists: ConflictError,
  organization_exists: ConflictError,
  social_worker_account_taken: ConflictError,
  login_taken: ConflictError,
  external_id_taken: ConflictError,
  last_district_admin: ConflictError,
  totp_already_enabled: ConflictError,
  totp_required_for_role: ConflictError,
  fund_disclosure_incomplete: ConflictError,
  insufficient_fund_balance: ConflictError,
  insufficient_points: ConflictError,
  out_of_stock: ConflictError,
  reward_withdrawn: ConflictError,
  already_redeemed: ConflictError,
  points_transfer_disabled: ConflictError,
  points_donation_disabled: ConflictError,
  family_member_not_found: NotFoundError,
  family_member_under_age: ConflictError,
  resource_paused: ConflictError,
  already_matched: ConflictError,
  need_not_matched: ConflictError,
  project_quiet: ConflictError,
  not_project_member: PermissionError,
  score_out_of_range: ValidationError,
  proposal_deadline_passed: ConflictError,
  already_voted: ConflictError,
  call_not_open: ConflictError,
  call_not_closed: ConflictError,
  idempotency_in_progress: ConflictError,
  payload_too_large: ValidationError,
  unsupported_media_type: ValidationError,
  idempotency_key_reused: IdempotencyError,
  account_locked: LockedError,
  rate_limited: RateLimitError,
  too_many_codes: RateLimitError,
  internal_error: ApiError,
  service_unavailable: ApiError,
};

describe('errorFromResponse: the status-and-code → class table', () => {
  it('covers every error code of the contract', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(ErrorCodes).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s becomes its class, keeping code, status, message and request id',
    (code, Class) => {
      const status = ErrorCodes[code as ErrorCode].status;
      const error = errorFromResponse(status, body(code));
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(WusheError);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({
        code,
        status,
        message: `message of ${code}`,
        requestId: 'req_0123456789abcdefghij',
      });
    },
  );

  it('carries field issues and offers them keyed by path for a form', () => {
    const issues = [
      { path: ['contact', 'mobile'], code: 'mobile_format', message: '请填写 11 位手机号码' },
      {
        path: ['contact', 'mobile'],
        code: 'required',
        message: 'second message of the same field',
      },
      { path: ['title'], code: 'too_short', message: '至少需要 4 个字' },
    ];
    const error = errorFromResponse(400, body('validation_failed', { issues }));
    expect(error.issues).toEqual(issues);
    expect(error.fieldErrors).toEqual({
      'contact.mobile': '请填写 11 位手机号码',
      title: '至少需要 4 个字',
    });
  });

  it('reads Retry-After into retryAfter', () => {
    const error = errorFromResponse(429, body('rate_limited'), new Headers({ 'Retry-After': '7' }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error instanceof RateLimitError && error.retryAfter).toBe(7);
  });

  it('makes sense of answers that are not the error shape', () => {
    const gateway = errorFromResponse(
      502,
      '<html>Bad Gateway</html>',
      new Headers({ 'X-Request-Id': 'req_from_header' }),
    );
    expect(gateway).toBeInstanceOf(ApiError);
    expect(gateway).toMatchObject({
      code: 'internal_error',
      status: 502,
      requestId: 'req_from_header',
    });
    const unknown = errorFromResponse(418, null);
    expect(unknown).toBeInstanceOf(ApiError);
    expect(unknown.code).toBe('unknown_error');
  });

  it('sorts an unknown code by its status, so a newer server never breaks an older client', () => {
    expect(errorFromResponse(409, body('some_future_conflict'))).toBeInstanceOf(ConflictError);
    expect(errorFromResponse(404, body('some_future_code'))).toBeInstanceOf(NotFoundError);
  });
});

describe('a locked staff account', () => {
  it('is a LockedError that says how long to wait, from Retry-After', () => {
    const error = errorFromResponse(
      423,
      body('account_locked'),
      new Headers({ 'Retry-After': '840' }),
    );
    expect(error).toBeInstanceOf(LockedError);
    expect(error).toMatchObject({ code: 'account_locked', status: 423, retryAfter: 840 });
  });
});
