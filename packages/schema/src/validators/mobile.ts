/**
 * Mainland China mobile numbers: 11 digits, `1` then `3`–`9`. A `+86` or `86` prefix and the spaces
 * or hyphens people type between groups are accepted and dropped, so `+86 138-0013-8000` is
 * `13800138000`.
 */

const MOBILE = /^1[3-9]\d{9}$/;

export function normalizeMobile(input: string): string {
  const compact = input.replace(/[\s-]/g, '');
  return compact.replace(/^(?:\+?86)(?=1\d{10}$)/, '');
}

export function isMainlandMobile(input: string): boolean {
  return MOBILE.test(normalizeMobile(input));
}

/** The form every public response uses (SPEC §7): `138****5678`. */
export function maskMobile(mobile: string): string {
  const normalized = normalizeMobile(mobile);
  return `${normalized.slice(0, 3)}****${normalized.slice(7)}`;
}
