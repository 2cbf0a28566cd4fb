/** How the widget writes numbers and dates in the reader's locale. */
export interface Formats {
  /** Half hours as hours: `3` → "1.5". */
  hours(halfHours: number): string;
  /** Points with up to two decimals. */
  points(points: number): string;
  /** A calendar date (`2026-11-20`) as the locale writes it. */
  date(day: string): string;
  /** An instant as a date and a time in China Standard Time. */
  dateTime(at: string): string;
}

export function formatsFor(locale: string): Formats {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
  return {
    hours: (halfHours) => number.format(halfHours / 2),
    points: (points) => number.format(points),
    date: (value) => day.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)),
    dateTime: (at) => moment.format(new Date(at)),
  };
}

/** Today in China, as a calendar date (`2026-12-06`). */
export const chinaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format();
