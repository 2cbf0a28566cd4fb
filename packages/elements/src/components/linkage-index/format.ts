import type { IndicatorUnit, Locale } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { LinkageIndexStrings } from './strings/zh-CN.js';

/**
 * A figure of the index as a reader reads it, by its unit: a count, a percentage (the server
 * sends 0–100), days, hours, fen as yuan, a ratio, per 100 residents, or an NPS with its sign.
 */
export function formatFigure(
  value: number,
  unit: IndicatorUnit,
  locale: Locale,
  strings: LinkageIndexStrings,
): string {
  const number = (options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, options).format(unit === 'fen' ? value / 100 : value);
  const decimals = (most: number) => number({ maximumFractionDigits: most });
  switch (unit) {
    case 'count':
      return decimals(0);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      );
    case 'days':
      return fill(strings.units.days, { value: decimals(1) });
    case 'hours':
      return fill(strings.units.hours, { value: decimals(1) });
    case 'fen':
      return number({ style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
    case 'ratio':
      return decimals(2);
    case 'per_hundred':
      return fill(strings.units.perHundred, { value: decimals(2) });
    case 'nps':
      return number({ maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  }
}

/** `2026-03` as the reader writes a month (`2026年3月`, `Mar 2026`). */
export function formatMonth(month: string, locale: Locale): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(year, number - 1, 1));
}

/** An instant as the reader writes a date and time, in Beijing time (the districts' own). */
export function formatInstant(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(instant));
}
