/**
 * 居民身份证号 (resident identity card number), GB 11643-1999.
 *
 * 18 characters: a 6-digit address code, an 8-digit birth date (YYYYMMDD), a 3-digit sequence whose
 * last digit is odd for men and even for women, and a check character computed with ISO 7064
 * MOD 11-2 (`0`–`9` or `X`). A lower-case `x` is what many phone keyboards type, so it is accepted
 * and normalised to `X` rather than rejected.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

/** Why an ID number was refused: one reason, so a form can say exactly what to fix. */
export const IdNumberProblem = {
  format: 'id_number_format',
  birthDate: 'id_number_birth_date',
  checksum: 'id_number_checksum',
} as const;
export type IdNumberProblem = (typeof IdNumberProblem)[keyof typeof IdNumberProblem];

export interface ParsedIdNumber {
  /** The number with a trailing lower-case `x` upper-cased. */
  readonly normalized: string;
  /** The birth date it encodes, as an ISO `YYYY-MM-DD` date. */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** The 6-digit address code of the place the number was issued. */
  readonly addressCode: string;
}

export type IdNumberResult =
  | { readonly ok: true; readonly value: ParsedIdNumber }
  | { readonly ok: false; readonly problem: IdNumberProblem };

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Normalises what a person typed: surrounding spaces dropped, `x` upper-cased. */
export function normalizeIdNumber(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * Parses and checks an ID number. `today` is an ISO date (`YYYY-MM-DD`) so that tests and servers
 * in any time zone agree on what "not in the future" means; it defaults to today's UTC date.
 */
export function parseIdNumber(input: string, today: string = isoToday()): IdNumberResult {
  const normalized = normalizeIdNumber(input);
  if (!SHAPE.test(normalized)) return { ok: false, problem: IdNumberProblem.format };
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (!isRealDate(birthDate) || birthDate < '1900-01-01' || birthDate > today) {
    return { ok: false, problem: IdNumberProblem.birthDate };
  }
  if (idNumberCheckChar(normalized) !== normalized[17]) {
    return { ok: false, problem: IdNumberProblem.checksum };
  }
  return {
    ok: true,
    value: {
      normalized,
      birthDate,
      sex: Number(normalized[16]) % 2 === 1 ? 'male' : 'female',
      addressCode: normalized.slice(0, 6),
    },
  };
}

/** Shows only what a person needs to recognise their own number: `440113********123X`. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True when `YYYY-MM-DD` names a day that exists in the Gregorian calendar. */
export function isRealDate(isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}

/** Whole years between a birth date and a day, both `YYYY-MM-DD`: the age in law on that day. */
export function ageOn(birthDate: string, day: string = isoToday()): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
