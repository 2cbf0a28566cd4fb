import { fieldIssue, type Messages } from '@wushe/schema';
import { DomainError } from '../errors.js';

/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Today's date where the districts are, as `YYYY-MM-DD`. A record a social worker enters at
 * 07:00 in Guangzhou is for a day that has not yet begun in UTC, so "today" is China's.
 */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Refuses a calendar date after `today` (a birth date, a day served) at the field's path. */
export function refuseFutureDate(
  path: string[],
  date: string | undefined,
  today: string,
  messages: Messages,
): void {
  if (date !== undefined && date > today) {
    throw new DomainError('validation_failed', [
      fieldIssue(path, 'too_big', { maximum: today }, messages),
    ]);
  }
}
