import * as z from 'zod/mini';
import { checked } from './checked.js';
import { hint } from './hints.js';
import { check, type IssueCode } from './issues.js';
import { isMainlandMobile, normalizeMobile } from './validators/mobile.js';
import { normalizeIdNumber, parseIdNumber } from './validators/id-number.js';
import { checkCreditCode, normalizeCreditCode } from './validators/credit-code.js';
import { divisionPattern, isDivisionCode, type DivisionLevel } from './validators/division-code.js';
import { isFen, MAX_AMOUNT_FEN } from './validators/money.js';
import { idPattern, type IdPrefix } from './validators/prefixed-id.js';

/** Trimmed text between `min` and `max` characters: names, titles, notes. */
export const text = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number) =>
  checked(z.string(), z.trim(), z.minLength(min), z.maxLength(max));

/** Optional free text; an empty string means "not given". */
export const optionalText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.optional(text(0, max));

/** A prefixed id (`need_…`) of one kind. */
export const prefixedId = /* @__NO_SIDE_EFFECTS__ */ (prefix: IdPrefix) => {
  const pattern = idPattern(prefix);
  return hint(
    checked(
      z.string(),
      check<string>((value) => pattern.test(value), 'prefixed_id', { params: { prefix } }),
    ),
    { pattern: pattern.source },
  );
};

/** A mainland mobile number, normalised to 11 digits (`+86 138-0013-8000` → `13800138000`). */
export const Mobile = hint(
  checked(
    z.string(),
    z.overwrite(normalizeMobile),
    check<string>(isMainlandMobile, 'mobile_format'),
  ),
  {
    pattern: '^(\\+?86)?[\\s-]*1[3-9](\\d[\\s-]*){9}$',
    description: 'A mainland mobile number; +86, spaces and hyphens are dropped',
    examples: ['13800138000'],
  },
);

/**
 * Text normalised as people type it, then checked by a validator that names its one problem
 * (`id_number_checksum`, `credit_code_format`, …) so a form can say exactly what to fix.
 */
const normalizedText = /* @__NO_SIDE_EFFECTS__ */ (
  normalize: (raw: string) => string,
  problemOf: (value: string) => IssueCode | undefined,
) =>
  checked(
    z.string(),
    z.overwrite(normalize),
    z.superRefine((value, ctx) => {
      const problem = problemOf(value);
      if (problem) ctx.issues.push({ code: 'custom', input: value, params: { code: problem } });
    }),
  );

/** A 居民身份证号 (GB 11643), normalised to upper-case `X`, with a real birth date and check digit. */
export const IdNumber = hint(
  normalizedText(normalizeIdNumber, (value) => {
    const result = parseIdNumber(value);
    return result.ok ? undefined : result.problem;
  }),
  {
    pattern: '^\\s*[1-9]\\d{16}[\\dXx]\\s*$',
    description: '居民身份证号 (GB 11643): 18 characters with an ISO 7064 MOD 11-2 check character',
    examples: ['11010519491231002X'],
  },
);

/** A 统一社会信用代码 (GB 32100), normalised to upper case without spaces. */
export const CreditCode = hint(normalizedText(normalizeCreditCode, checkCreditCode), {
  description: '统一社会信用代码 (GB 32100): 18 characters with a mod-31 check character',
  examples: ['53100000500021676K'],
});

const divisionCode = /* @__NO_SIDE_EFFECTS__ */ (
  level: DivisionLevel,
  code: IssueCode,
  example: string,
) =>
  hint(
    checked(
      z.string(),
      check<string>((value) => isDivisionCode(value, level), code),
    ),
    {
      pattern: divisionPattern(level).source,
      examples: [example],
    },
  );

/** A district's 6-digit GB/T 2260 code, e.g. `440113` (番禺区). */
export const DistrictCode = divisionCode('district', 'district_code', '440113');
/** A street's or town's 9-digit code, e.g. `440113104`. */
export const StreetCode = divisionCode('street', 'street_code', '440113104');
/** A community's (居委会 / 村委会) 12-digit code, e.g. `440113104001`. */
export const CommunityCode = divisionCode('community', 'community_code', '440113104001');

/** An amount in integer fen (1 yuan = 100 fen), between `min` and `max` fen. */
export const fen = /* @__NO_SIDE_EFFECTS__ */ (min = 0, max = MAX_AMOUNT_FEN) =>
  hint(
    checked(
      z.number(),
      check<number>((value) => isFen(value, min, max), 'money_fen', {
        params: { minimum: min, maximum: max },
      }),
    ),
    { type: 'integer', minimum: min, maximum: max, description: 'Integer fen (1 yuan = 100 fen)' },
  );

/** An ISO 8601 UTC timestamp, `2026-11-22T08:00:00Z` (fractional seconds allowed). */
export const Timestamp = /* @__PURE__ */ z.iso.datetime();
/** An ISO calendar date, `2026-11-22`. */
export const CalendarDate = /* @__PURE__ */ z.iso.date();

/**
 * Consent as PIPL asks for it: explicit (`agreed` must be `true`) and tied to the version of the
 * policy the person was shown, so a later policy change can be traced to who agreed to what.
 */
export const Consent = /* @__PURE__ */ z.strictObject({
  policyVersion: text(1, 32),
  agreed: checked(
    z.boolean(),
    check<boolean>((agreed) => agreed, 'consent_required'),
  ),
});
export type Consent = z.infer<typeof Consent>;

/** A person to contact: a name and a mainland mobile number. */
export const Contact = /* @__PURE__ */ z.strictObject({
  name: text(1, 40),
  mobile: Mobile,
});
export type Contact = z.infer<typeof Contact>;

/** The locales every message and widget comes in. `zh-CN` is the default. */
export const Locale = { zhCN: 'zh-CN', zhHK: 'zh-HK', en: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const LocaleSchema = /* @__PURE__ */ z.enum([Locale.zhCN, Locale.zhHK, Locale.en]);

/** The values of an `as const` table, as a tuple zod's `enum` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function valuesOf<T extends Record<string, string>>(
  table: T,
): [T[keyof T], ...T[keyof T][]] {
  return Object.values(table) as [T[keyof T], ...T[keyof T][]];
}
