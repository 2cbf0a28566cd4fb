import { ADULT_AGE, ageOn, isoToday, parseIdNumber, type IssueMessages } from '@wushe/schema';

/**
 * The 身份证号 field's live check (GB 11643): silent while the resident is still typing, then the
 * problem in their language once all 18 characters are there or they have left the field.
 * `touched` is whether they have left it.
 */
export function idNumberProblem(
  value: string,
  touched: boolean,
  messages: IssueMessages,
): string | undefined {
  const id = value.trim();
  if (!id || (!touched && id.length < 18)) return undefined;
  const parsed = parseIdNumber(id);
  return parsed.ok ? undefined : messages[parsed.problem];
}

/** The birth date a valid ID number encodes (`YYYY-MM-DD`), to fill in the birth date for them. */
export function birthDateOf(idNumber: string): string | undefined {
  const parsed = parseIdNumber(idNumber);
  return parsed.ok ? parsed.value.birthDate : undefined;
}

/**
 * Under 18 by a complete birth date (typed, or read from the ID number): a guardian's name, mobile
 * and consent are then asked for, as the server will require them (SPEC §2).
 */
export function isMinor(birthDate: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && ageOn(birthDate, isoToday()) < ADULT_AGE;
}
