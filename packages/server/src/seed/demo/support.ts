import { checkCreditCode, creditCodeCheckChar } from '@wushe/schema';
import type { Executor } from '../../db/database.js';

/** What every part of the demo seed needs: the transaction, the clock, and who records hours. */
export interface SeedContext {
  readonly tx: Executor;
  /** The moment the demo is seeded: every date is relative to it, so "upcoming" stays upcoming. */
  readonly now: Date;
  /** Each district's demo secret-key id: service records name the staff key that recorded them. */
  readonly staffKeyIds: Readonly<Record<string, string>>;
}

/** The policy version the demo's consents were given under (as the widgets send it). */
export const DEMO_POLICY_VERSION = '2026-01';

/** Marks every number of the demo that looks official but is not (慈善法 disclosure, accounts). */
export const DEMO_MARK = '（演示）';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A moment `dayOffset` days from `now` (negative: in the past) at a Beijing wall-clock time. The
 * demo's residents live in UTC+8: an activity "at 9 in the morning" must be 09:00 there, whatever
 * the server's time zone.
 */
export function beijingTime(now: Date, dayOffset: number, hour: number, minute = 0): Date {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
  const midnightUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(
    midnightUtc + dayOffset * DAY_MS + hour * 3_600_000 + minute * 60_000 - BEIJING_OFFSET_MS,
  );
}

/** The Beijing calendar date (`2026-11-22`) of a moment: service dates and project dates. */
export function beijingDate(moment: Date): string {
  return new Date(moment.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A 统一社会信用代码 that passes GB 32100's check: the first 17 characters as given, then the
 * computed check character. `head` is the authority and type (`51` 民政·社会团体, `52` 民政·民办非企业,
 * `53` 民政·基金会, `91` 市场监管·企业). Demo codes are made up; the check character is real, so the
 * validators accept them. Throws on a typo, so a bad literal fails the seed, not a later request.
 */
export function demoCreditCode(head: string, divisionCode: string, organizationCode: string) {
  const first17 = `${head}${divisionCode}${organizationCode}`;
  const check = creditCodeCheckChar(first17);
  const code = `${first17}${check ?? ''}`;
  if (first17.length !== 17 || check === undefined || checkCreditCode(code) !== undefined) {
    throw new Error(`demo credit code ${first17} is not a valid GB 32100 prefix`);
  }
  return code;
}

/** A mobile number that is obviously not a real person's: `1380000` and a four-digit serial. */
export function demoMobile(serial: number): string {
  return `1380000${String(serial).padStart(4, '0')}`;
}
