import type { Locale } from '@wushe/schema';
import { formatFen } from '../donation/money.js';

/** How the projects widget writes money, dates and shares in the reader's locale. */
export interface Formats {
  /** Fen as yuan: `¥4,800` (the API counts fen). */
  money(fen: number): string;
  /** A calendar date (`2026-11-22`) or a timestamp, as a date. */
  date(value: string): string;
  percent(share: number): string;
  score(value: number): string;
}

const cache = new Map<Locale, Formats>();

export function formatsOf(locale: Locale): Formats {
  let found = cache.get(locale);
  if (!found) {
    const date = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeZone: 'Asia/Shanghai',
    });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    found = {
      money: (fen) => formatFen(locale, fen),
      // A bare calendar date is midnight in China, not in UTC.
      date: (value) =>
        date.format(new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value)),
      percent: (share) => percent.format(share),
      score: (value) => score.format(value),
    };
    cache.set(locale, found);
  }
  return found;
}
