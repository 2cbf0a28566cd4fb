/*
 * Times are typed and shown as the district's clock reads them (Beijing time, UTC+8 all year
 * round), whatever the office computer's time zone; the contract carries UTC instants.
 */

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A `datetime-local` value (`2026-12-10T09:30`) for an instant, in Beijing time. */
export function toLocalInput(instant: string): string {
  return new Date(Date.parse(instant) + BEIJING_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * The instant a `datetime-local` value names in Beijing time, as the contract's UTC timestamp;
 * what is not a time is passed on as typed, for the request schema to say so on its field.
 */
export function fromLocalInput(value: string): string {
  const instant = Date.parse(`${value}:00+08:00`);
  return Number.isNaN(instant) ? value : new Date(instant).toISOString();
}

/** An activity's time span, in the reader's language and Beijing time. */
export function formatSpan(locale: string, startsAt: string, endsAt: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatRange(new Date(startsAt), new Date(endsAt));
}

/**
 * The last minute of the day a `date` input names (`2026-12-31`), in Beijing time, as the
 * contract's UTC timestamp: a deadline typed as a day runs to that day's end.
 */
export const endOfDayInput = (date: string): string =>
  date ? fromLocalInput(`${date}T23:59`) : date;

/** The first minute of the day a `date` input names, in Beijing time: an opening runs from it. */
export const startOfDayInput = (date: string): string =>
  date ? fromLocalInput(`${date}T00:00`) : date;

/** Today as a `date` input value (`2026-12-06`), in Beijing time. */
export const todayInput = (): string =>
  new Date(Date.now() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** A day of an instant, in the reader's language and Beijing time. */
export function formatDay(locale: string, instant: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium' }).format(
    new Date(instant),
  );
}
