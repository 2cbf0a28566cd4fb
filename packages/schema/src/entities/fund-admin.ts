import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CreditCode,
  fen,
  optionalText,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { isDivisionCode } from '../validators/division-code.js';
import { Fund, FundMode } from './fund.js';

/*
 * Staff editing of funds (SPEC §9: street_staff and above) and the record of what the money was
 * used for (慈善法 Art. 42). Whether a fund may be offered for donation is decided in
 * `fund-rules.ts`, nowhere else.
 */

/** Where a fund belongs: the district (6 digits), a street (9) or a community (12). */
export const FundDivision = /* @__PURE__ */ checked(
  z.string(),
  check<string>(
    (code) =>
      isDivisionCode(code, 'district') ||
      isDivisionCode(code, 'street') ||
      isDivisionCode(code, 'community'),
    'invalid_format',
  ),
);

/**
 * The disclosure as staff enter it, field by field: a fund may be saved while some are still
 * missing (the console's checklist shows which), but is not donatable until all are there.
 */
export const DisclosureDraft = /* @__PURE__ */ z.strictObject({
  organizationName: z.optional(text(1, 80)),
  creditCode: z.optional(CreditCode),
  certificateNumber: z.optional(text(1, 64)),
  filingNumber: z.optional(text(1, 64)),
  contact: z.optional(text(1, 80)),
  lookupUrl: z.optional(z.url()),
});
export type DisclosureDraft = z.infer<typeof DisclosureDraft>;

const fundFields = {
  name: text(1, 80),
  description: checked(z.string(), z.maxLength(2000)),
  mode: z.enum(valuesOf(FundMode)),
  targetFen: fen(),
  disclosure: DisclosureDraft,
  /** The designated platform and the campaign page (a `platform` fund). */
  platformName: z.nullable(text(1, 80)),
  platformUrl: z.nullable(z.url()),
  /**
   * Offer the fund for donation. Refused (409 `fund_disclosure_incomplete`, naming each missing
   * field) unless the fund is `direct` and its disclosure complete; `false` closes it.
   */
  donatable: z.boolean(),
};

/** `POST /v1/funds`: a fund of the district, one of its streets, or one of its communities. */
export const CreateFundRequest = /* @__PURE__ */ z.strictObject({
  divisionId: FundDivision,
  name: fundFields.name,
  description: z._default(fundFields.description, ''),
  mode: fundFields.mode,
  targetFen: fundFields.targetFen,
  disclosure: z._default(fundFields.disclosure, {}),
  platformName: z._default(fundFields.platformName, null),
  platformUrl: z._default(fundFields.platformUrl, null),
  donatable: z._default(fundFields.donatable, false),
});
export type CreateFundRequest = z.input<typeof CreateFundRequest>;

/**
 * `PATCH /v1/funds/{id}`: the fields given change; `disclosure` fields given replace those
 * stored, and a field set to `null` is cleared. A fund does not move to another division.
 */
export const UpdateFundRequest = /* @__PURE__ */ z.strictObject({
  name: z.optional(fundFields.name),
  description: z.optional(fundFields.description),
  mode: z.optional(fundFields.mode),
  targetFen: z.optional(fundFields.targetFen),
  disclosure: z.optional(
    z.strictObject({
      organizationName: z.optional(z.nullable(text(1, 80))),
      creditCode: z.optional(z.nullable(CreditCode)),
      certificateNumber: z.optional(z.nullable(text(1, 64))),
      filingNumber: z.optional(z.nullable(text(1, 64))),
      contact: z.optional(z.nullable(text(1, 80))),
      lookupUrl: z.optional(z.nullable(z.url())),
    }),
  ),
  platformName: z.optional(fundFields.platformName),
  platformUrl: z.optional(fundFields.platformUrl),
  donatable: z.optional(fundFields.donatable),
});
export type UpdateFundRequest = z.input<typeof UpdateFundRequest>;

/**
 * A fund as staff edit it: the public fund, whether staff offer it (`open`), the disclosure as
 * entered so far, and the disclosure fields still missing (`missingDisclosure`).
 */
export const StaffFund = /* @__PURE__ */ z.extend(Fund, {
  open: z.boolean(),
  disclosureDraft: DisclosureDraft,
  missingDisclosure: z.array(z.string()),
});
export type StaffFund = z.infer<typeof StaffFund>;

/**
 * `POST /v1/funds/{id}/disbursements`: a use of the fund's money, public on its ledger (Art. 42).
 * It names a project, a need (微心愿), or neither (another purpose, described). It cannot exceed
 * what the fund holds: raised minus already disbursed (409 `insufficient_fund_balance`).
 */
export const CreateDisbursementRequest = /* @__PURE__ */ z.strictObject({
  amountFen: fen(1),
  purpose: text(1, 200),
  /** Who received it: an organization, a project, or a description such as "12 户困难家庭". */
  recipient: text(1, 80),
  projectId: z.optional(prefixedId('prj')),
  needId: z.optional(prefixedId('need')),
  /** When the money was paid out; now when omitted. */
  paidAt: z.optional(Timestamp),
  note: optionalText(200),
});
export type CreateDisbursementRequest = z.input<typeof CreateDisbursementRequest>;
