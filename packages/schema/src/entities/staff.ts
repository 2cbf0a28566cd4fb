import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { DistrictCode, prefixedId, text, Timestamp, valuesOf } from '../primitives.js';
import { isDivisionCode } from '../validators/division-code.js';
import { isPrefixedId } from '../validators/prefixed-id.js';

/**
 * The roles of the five societies' people (SPEC §9). Each is held within a scope: a division
 * (district ⊃ street ⊃ community), an organization or a call for proposals.
 */
export const StaffRole = {
  /** 区级管理员（区民政局、区社联会）: the whole district. */
  districtAdmin: 'district_admin',
  /** 镇街工作人员、镇街社联会: a street and its communities. */
  streetStaff: 'street_staff',
  /** 社区工作者（居委）: a community. */
  communityStaff: 'community_staff',
  /** 社工（社工站、社工室）: a community or a street. */
  socialWorker: 'social_worker',
  /** 社会组织成员: an organization. */
  orgMember: 'org_member',
  /** 评审专家: a call (§11). */
  reviewer: 'reviewer',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

/** Whether `scope` is of the kind `role` is held in: a district, street, community, org or call. */
export function scopeFitsRole(role: StaffRole, scope: string): boolean {
  switch (role) {
    case 'district_admin':
      return isDivisionCode(scope, 'district');
    case 'street_staff':
      return isDivisionCode(scope, 'street');
    case 'community_staff':
      return isDivisionCode(scope, 'community');
    case 'social_worker':
      return isDivisionCode(scope, 'street') || isDivisionCode(scope, 'community');
    case 'org_member':
      return isPrefixedId('org', scope);
    case 'reviewer':
      return isPrefixedId('call', scope);
  }
}

/** One role held within one scope: `{role: "community_staff", scope: "440113104001"}`. */
export const RoleGrant = /* @__PURE__ */ checked(
  z.strictObject({
    role: z.enum(valuesOf(StaffRole)),
    /** A division code (6, 9 or 12 digits), an organization id (`org_…`) or a call id (`call_…`). */
    scope: text(6, 40),
  }),
  check<{ role: StaffRole; scope: string }>(
    (grant) => scopeFitsRole(grant.role, grant.scope),
    'role_scope',
    { path: ['scope'], dependsOn: ['role', 'scope'] },
  ),
);
export type RoleGrant = z.infer<typeof RoleGrant>;

/**
 * A staff account as the API shows it: never a password hash, a TOTP secret or a token.
 */
export const StaffAccount = /* @__PURE__ */ z.object({
  id: prefixedId('acc'),
  districtCode: DistrictCode,
  login: text(1, 64),
  name: text(1, 40),
  /** The portal's id for this person, for delegated sign-in (`POST /v1/staff/sessions`). */
  externalId: z.nullable(z.string()),
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: Timestamp,
});
export type StaffAccount = z.infer<typeof StaffAccount>;

/** How a session began: a password sign-in, or a portal's delegation with its secret key. */
export const StaffSessionKind = { password: 'password', delegated: 'delegated' } as const;
export type StaffSessionKind = (typeof StaffSessionKind)[keyof typeof StaffSessionKind];

/** A session just issued: the staff token (`st_…`) is shown here once and never again. */
export const IssuedStaffSession = /* @__PURE__ */ z.object({
  token: z.string(),
  expiresAt: Timestamp,
  kind: z.enum(valuesOf(StaffSessionKind)),
});
export type IssuedStaffSession = z.infer<typeof IssuedStaffSession>;

/**
 * `POST /v1/staff/sign-in`. A login is unique within a district; `districtCode` is needed only
 * when the same login exists in more than one district served by this server.
 */
export const StaffSignInRequest = /* @__PURE__ */ z.strictObject({
  login: text(1, 64),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The 6-digit code of an authenticator app (RFC 6238); required once TOTP is enabled. */
  totp: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  districtCode: z.optional(DistrictCode),
});
export type StaffSignInRequest = z.infer<typeof StaffSignInRequest>;

/** What a sign-in (password or delegated) answers: who, with which roles, and the session. */
export const StaffSignInResponse = /* @__PURE__ */ z.object({
  account: StaffAccount,
  roles: z.array(RoleGrant),
  session: IssuedStaffSession,
});
export type StaffSignInResponse = z.infer<typeof StaffSignInResponse>;

/**
 * `POST /v1/staff/password`: the first password (or a new one after an invite), with the
 * single-use setup token (72 h). Length and the list of common passwords are checked by the
 * server: `password_too_weak` / `password_too_common`, naming `password`.
 */
export const SetStaffPasswordRequest = /* @__PURE__ */ z.strictObject({
  setupToken: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type SetStaffPasswordRequest = z.infer<typeof SetStaffPasswordRequest>;

/**
 * The answer to a first password. An account that holds `district_admin` must sign in with TOTP:
 * its authenticator secret is issued here, once (`otpauth://` URI for a QR code).
 */
export const SetStaffPasswordResponse = /* @__PURE__ */ z.object({
  account: StaffAccount,
  totp: z.optional(z.object({ secret: z.string(), otpauthUri: z.string() })),
});
export type SetStaffPasswordResponse = z.infer<typeof SetStaffPasswordResponse>;

/** `POST /v1/staff/sessions`: a portal (secret key) opens a short session for one of its staff. */
export const CreateDelegatedSessionRequest = /* @__PURE__ */ z.strictObject({
  accountId: prefixedId('acc'),
});
export type CreateDelegatedSessionRequest = z.infer<typeof CreateDelegatedSessionRequest>;

/** `GET /v1/staff/me`: the signed-in account, its roles and scopes, and when the session ends. */
export const StaffMe = /* @__PURE__ */ z.object({
  account: StaffAccount,
  roles: z.array(RoleGrant),
  session: z.object({ kind: z.enum(valuesOf(StaffSessionKind)), expiresAt: Timestamp }),
});
export type StaffMe = z.infer<typeof StaffMe>;

/** `POST /v1/staff/sign-out`. */
export const StaffSignOutResponse = /* @__PURE__ */ z.object({ signedOut: z.literal(true) });
export type StaffSignOutResponse = z.infer<typeof StaffSignOutResponse>;
