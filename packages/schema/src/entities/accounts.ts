import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { Mobile, text, valuesOf } from '../primitives.js';
import { RoleGrant, StaffAccount, StaffRole } from './staff.js';

/*
 * The district's staff accounts as their administrators see them (SPEC §9, `/v1/accounts`), and
 * a signed-in account's own TOTP enrolment (`/v1/staff/totp`).
 */

/** Where an invite (a one-time setup link, 72 h) is sent: a mainland mobile or an e-mail address. */
export const InviteContact = /* @__PURE__ */ z.union([
  z.strictObject({ mobile: Mobile }),
  z.strictObject({ email: checked(z.string(), z.maxLength(254), z.email()) }),
]);
export type InviteContact = z.infer<typeof InviteContact>;

/** One to twenty grants, none twice. */
const RoleGrants = /* @__PURE__ */ checked(
  z.array(RoleGrant),
  z.minLength(1),
  z.maxLength(20),
  check<RoleGrant[]>(
    (grants) =>
      new Set(grants.map((grant) => `${grant.role}|${grant.scope}`)).size === grants.length,
    'duplicate_grant',
  ),
);

/** A login: letters, digits, `.`, `_` and `-`, as people type it at sign-in. */
const Login = /* @__PURE__ */ checked(text(3, 64), z.regex(/^[A-Za-z0-9._-]+$/));

/**
 * `POST /v1/accounts`: a new account and its roles. It has no password: the invite sent to
 * `contact` carries a single-use setup token (72 h) for `POST /v1/staff/password`.
 */
export const CreateAccountRequest = /* @__PURE__ */ z.strictObject({
  name: text(1, 40),
  login: Login,
  roles: RoleGrants,
  /** The portal's id for this person, for delegated sign-in. */
  externalId: z.optional(text(1, 100)),
  contact: InviteContact,
});
export type CreateAccountRequest = z.infer<typeof CreateAccountRequest>;

/**
 * `PATCH /v1/accounts/{id}`: every field given changes. `roles` replaces all the account's grants;
 * `disabled: true` ends its sessions at once; `resendInvite: true` sends a new setup link (to
 * `contact` when given, else to the contact on file) and voids the earlier ones.
 */
export const UpdateAccountRequest = /* @__PURE__ */ z.strictObject({
  name: z.optional(text(1, 40)),
  roles: z.optional(RoleGrants),
  disabled: z.optional(z.boolean()),
  resendInvite: z.optional(z.literal(true)),
  contact: z.optional(InviteContact),
});
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequest>;

/** An account as its administrators see it: never a password hash, a TOTP secret or a token. */
export const AdministeredAccount = /* @__PURE__ */ z.extend(StaffAccount, {
  roles: z.array(RoleGrant),
  /** Whether the person has set a password (false while the invite is pending). */
  passwordSet: z.boolean(),
  contact: z.nullable(InviteContact),
});
export type AdministeredAccount = z.infer<typeof AdministeredAccount>;

/** A 6-digit code from the authenticator app. */
export const TotpCodeRequest = /* @__PURE__ */ z.strictObject({
  code: checked(z.string(), z.regex(/^\d{6}$/)),
});
export type TotpCodeRequest = z.infer<typeof TotpCodeRequest>;

/**
 * `POST /v1/staff/totp`: a new secret, shown once, pending until a code from it is confirmed
 * (`POST /v1/staff/totp/confirm`).
 */
export const TotpEnrolment = /* @__PURE__ */ z.object({
  secret: z.string(),
  otpauthUri: z.string(),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

/**
 * A role the caller may grant, and the division it may be granted within (`GET
 * /v1/accounts/grantable`): a `district_admin` grants every role within its district, street staff
 * a community's roles within their street. What an invite form offers; the server still checks
 * each grant it is sent.
 */
export const GrantableRole = /* @__PURE__ */ z.object({
  role: z.enum(valuesOf(StaffRole)),
  /** A district or street code: the grant's scope must lie within it. */
  within: z.string(),
});
export type GrantableRole = z.infer<typeof GrantableRole>;
