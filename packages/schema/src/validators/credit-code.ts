/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * 18 characters from a 31-character alphabet (digits and capitals without I, O, Z, S, V):
 * a registration-authority code, an organisation-type code, a 6-digit division code, a 9-character
 * organisation code, and a check character: `31 − (Σ value × weight mod 31)`, where 31 maps to 0.
 * Organisations registered with civil affairs (social organisations, foundations, charities) start
 * with `5`.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Authority codes of GB 32100 (1 机构编制 … 9 市场监管, A 中央军委改革和编制办公室, N 农业, Y 其他). */
const AUTHORITIES = '123456789ANY';
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const CreditCodeProblem = {
  format: 'credit_code_format',
  checksum: 'credit_code_checksum',
} as const;
export type CreditCodeProblem = (typeof CreditCodeProblem)[keyof typeof CreditCodeProblem];

/** The registration authority that issued a code; `civil_affairs` (民政) is `5`. */
export const CreditCodeAuthority = {
  '1': 'organization_establishment',
  '5': 'civil_affairs',
  '9': 'market_regulation',
} as const;

export function normalizeCreditCode(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or `undefined` if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** `undefined` when the code is valid; otherwise why not. */
export function checkCreditCode(input: string): CreditCodeProblem | undefined {
  const code = normalizeCreditCode(input);
  if (!SHAPE.test(code) || !AUTHORITIES.includes(code[0]!)) return CreditCodeProblem.format;
  return creditCodeCheckChar(code) === code[17] ? undefined : CreditCodeProblem.checksum;
}

/** True for a valid code issued by civil affairs (民政), the registrar of social organisations. */
export function isCivilAffairsCreditCode(input: string): boolean {
  const code = normalizeCreditCode(input);
  return checkCreditCode(code) === undefined && code.startsWith('5');
}
