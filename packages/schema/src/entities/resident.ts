import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { Mobile, prefixedId, Timestamp } from '../primitives.js';

/*
 * Residents' own side (SPEC §13): sign-in by mobile and a one-time code sent by SMS, and the
 * resident token (`rt_…`) the routes under `/v1/residents/me` take.
 */

/** A sign-in code: 6 digits, live 5 minutes, 5 tries; at most 5 codes an hour per mobile. */
export const RESIDENT_CODE_DIGITS = 6;
export const RESIDENT_CODE_TTL_MS = 5 * 60 * 1000;
export const RESIDENT_CODE_TRIES = 5;
export const RESIDENT_CODES_PER_HOUR = 5;
/** A resident session lasts 30 days from its last use (sliding). */
export const RESIDENT_SESSION_MS = 30 * 24 * 60 * 60 * 1000;

/** The digits of a code as typed or pasted: spaces and hyphens (`123 456`) are dropped. */
export const OneTimeCode = checked(
  z.string(),
  z.overwrite((value: string) => value.replace(/[\s-]/g, '')),
  check<string>((value) => /^\d{6}$/.test(value), 'invalid_format'),
);

/** `POST /v1/residents/codes`: send a sign-in code to this mobile by SMS. */
export const RequestResidentCodeRequest = /* @__PURE__ */ z.strictObject({ mobile: Mobile });
export type RequestResidentCodeRequest = z.input<typeof RequestResidentCodeRequest>;

export const ResidentCodeSent = /* @__PURE__ */ z.object({
  sent: z.literal(true),
  /** When this code stops working. */
  expiresAt: Timestamp,
  /** How many more codes this mobile may ask for within the hour. */
  codesLeft: checked(z.int(), z.gte(0)),
});
export type ResidentCodeSent = z.infer<typeof ResidentCodeSent>;

/** `POST /v1/residents/sessions`: sign in with the mobile and the code it received. */
export const ResidentSignInRequest = /* @__PURE__ */ z.strictObject({
  mobile: Mobile,
  code: OneTimeCode,
});
export type ResidentSignInRequest = z.input<typeof ResidentSignInRequest>;

/** The signed-in resident. */
export const Resident = /* @__PURE__ */ z.object({
  id: prefixedId('rsd'),
  /** The resident's own mobile, whole: it is theirs, and they signed in with it. */
  mobile: z.string(),
  /** Their volunteer registration in this district, or `null`. */
  volunteerId: z.nullable(prefixedId('vol')),
  createdAt: Timestamp,
});
export type Resident = z.infer<typeof Resident>;

export const ResidentSession = /* @__PURE__ */ z.object({
  /** `rt_…`: works only from the origin that signed in; shown once, stored hashed. */
  token: z.string(),
  /** 30 days after the last use. */
  expiresAt: Timestamp,
  resident: Resident,
});
export type ResidentSession = z.infer<typeof ResidentSession>;

export const ResidentSignedOut = /* @__PURE__ */ z.object({ signedOut: z.literal(true) });
export type ResidentSignedOut = z.infer<typeof ResidentSignedOut>;
