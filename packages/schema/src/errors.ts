import * as z from 'zod/mini';
import { valuesOf } from './primitives.js';

/**
 * Every error the API returns, with its HTTP status. One table: the server answers with it, the
 * SDK builds its error classes from it, and the OpenAPI document lists it.
 *
 * `retryable` marks the errors a client may send again unchanged with the same idempotency key:
 * the first request may still be in flight (`idempotency_in_progress`), or the server was briefly
 * unable to answer.
 */
export const ErrorCodes = {
  validation_failed: { status: 400 },
  invalid_json: { status: 400 },
  idempotency_key_required: { status: 400 },
  password_too_weak: { status: 400 },
  password_too_common: { status: 400 },
  setup_token_invalid: { status: 400 },
  totp_code_invalid: { status: 400 },
  totp_not_pending: { status: 400 },
  code_invalid: { status: 400 },
  code_expired: { status: 400 },
  code_already_used: { status: 400 },
  code_attempts_exceeded: { status: 400 },
  authentication_required: { status: 401 },
  invalid_api_key: { status: 401 },
  invalid_signature: { status: 401 },
  invalid_credentials: { status: 401 },
  totp_required: { status: 401 },
  session_expired: { status: 401 },
  resident_session_expired: { status: 401 },
  origin_not_allowed: { status: 403 },
  secret_key_in_browser: { status: 403 },
  secret_key_required: { status: 403 },
  results_not_public: { status: 403 },
  indicators_not_public: { status: 403 },
  forbidden: { status: 403 },
  resident_origin_mismatch: { status: 403 },
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  need_already_claimed: { status: 409 },
  need_not_open: { status: 409 },
  invalid_status_transition: { status: 409 },
  already_reported: { status: 409 },
  already_responded: { status: 409 },
  follow_up_already_recorded: { status: 409 },
  volunteer_exists: { status: 409 },
  already_signed_up: { status: 409 },
  activity_closed: { status: 409 },
  activity_cancelled: { status: 409 },
  capacity_below_signups: { status: 409 },
  signup_not_active: { status: 409 },
  survey_questions_frozen: { status: 409 },
  fund_uses_platform: { status: 409 },
  fund_not_donatable: { status: 409 },
  donation_not_pending: { status: 409 },
  division_exists: { status: 409 },
  organization_exists: { status: 409 },
  social_worker_account_taken: { status: 409 },
  login_taken: { status: 409 },
  external_id_taken: { status: 409 },
  last_district_admin: { status: 409 },
  totp_already_enabled: { status: 409 },
  totp_required_for_role: { status: 409 },
  fund_disclosure_incomplete: { status: 409 },
  insufficient_fund_balance: { status: 409 },
  insufficient_points: { status: 409 },
  out_of_stock: { status: 409 },
  reward_withdrawn: { status: 409 },
  already_redeemed: { status: 409 },
  points_transfer_disabled: { status: 409 },
  points_donation_disabled: { status: 409 },
  family_member_not_found: { status: 404 },
  family_member_under_age: { status: 409 },
  resource_paused: { status: 409 },
  already_matched: { status: 409 },
  need_not_matched: { status: 409 },
  project_quiet: { status: 409 },
  not_project_member: { status: 403 },
  score_out_of_range: { status: 400 },
  proposal_deadline_passed: { status: 409 },
  already_voted: { status: 409 },
  call_not_open: { status: 409 },
  call_not_closed: { status: 409 },
  idempotency_in_progress: { status: 409, retryable: true },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  idempotency_key_reused: { status: 422 },
  account_locked: { status: 423 },
  rate_limited: { status: 429, retryable: true },
  too_many_codes: { status: 429 },
  internal_error: { status: 500, retryable: true },
  service_unavailable: { status: 503, retryable: true },
} as const satisfies Record<string, { status: number; retryable?: true }>;

export type ErrorCode = keyof typeof ErrorCodes;
export const ErrorCode = Object.fromEntries(
  Object.keys(ErrorCodes).map((code) => [code, code]),
) as { readonly [C in ErrorCode]: C };

export const ErrorCodeSchema = /* @__PURE__ */ z.enum(valuesOf(ErrorCode));

export function statusOf(code: ErrorCode): number {
  return ErrorCodes[code].status;
}

export function isRetryable(code: ErrorCode): boolean {
  return 'retryable' in ErrorCodes[code];
}

export const FieldIssueSchema = /* @__PURE__ */ z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.unknown())),
});

/** The one error body: `{"error": {"code", "message", "issues"?, "requestId"}}`. */
export const ApiErrorBody = /* @__PURE__ */ z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(FieldIssueSchema)),
    requestId: z.string(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
