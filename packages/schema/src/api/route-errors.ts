import type { ErrorCode } from '../errors.js';

/** Errors any authenticated route may return. */
export const COMMON_ERRORS = [
  'authentication_required',
  'invalid_api_key',
  'origin_not_allowed',
  'secret_key_in_browser',
  'rate_limited',
  'internal_error',
] as const satisfies readonly ErrorCode[];

/** The errors of every route with a JSON body. */
export const BODY_ERRORS = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
] as const satisfies readonly ErrorCode[];

/** The errors of every `staff` route: a session that ended, a role or scope that does not reach. */
export const STAFF_ERRORS = [
  'session_expired',
  'forbidden',
] as const satisfies readonly ErrorCode[];

/** The errors of every `resident` route: a token that ended, or one used from another origin. */
export const RESIDENT_ERRORS = [
  'resident_session_expired',
  'resident_origin_mismatch',
] as const satisfies readonly ErrorCode[];
