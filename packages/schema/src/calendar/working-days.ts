/**
 * Working days in China (SPEC §12): Monday to Friday, except the State Council's public holidays,
 * plus its make-up working days (调休), which fall on weekends. A district enters each year's
 * calendar in `settings.holidays`; a year not entered counts weekends only, and the answers say so.
 *
 * Days are calendar dates (`YYYY-MM-DD`) as people in China see them: an instant is placed on its
 * Beijing date (UTC+8, no daylight saving) before counting.
 */

/** One year's calendar as the State Council announces it. */
export interface HolidayYear {
  readonly year: number;
  /** Days off that would otherwise be working days (and the weekend days inside a holiday). */
  readonly daysOff: readonly string[];
  /** Make-up working days (调休): weekend days worked instead. */
  readonly workdays: readonly string[];
}

/** A calendar built from the district's holiday years, for counting. */
export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** Whether the year was entered; otherwise it counts weekends only. */
  knowsYear(year: number): boolean;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing calendar date of an instant: `2026-12-06T17:00:00Z` is `2026-12-07`. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** A calendar of the given years; any other year counts weekends only. */
export function workingCalendar(years: readonly HolidayYear[]): WorkingCalendar {
  const off = new Set(years.flatMap((year) => year.daysOff));
  const worked = new Set(years.flatMap((year) => year.workdays));
  const known = new Set(years.map((year) => year.year));
  return {
    isWorkingDay: (date) => worked.has(date) || (!off.has(date) && !isWeekend(date)),
    knowsYear: (year) => known.has(year),
  };
}

/** Where counting working days ended, and whether every year it crossed was entered. */
export interface WorkingDayCount {
  readonly date: string;
  /** False when a year the count crossed has no holiday calendar: weekends only were skipped. */
  readonly calendarKnown: boolean;
}

/**
 * The `count`th working day after `date` (not counting `date` itself): a 差评 received on
 * Friday 2026-12-04 must be followed up within 15 working days, by Friday 2026-12-25.
 */
export function addWorkingDays(
  date: string,
  count: number,
  calendar: WorkingCalendar,
): WorkingDayCount {
  let current = date;
  let calendarKnown = calendar.knowsYear(Number(date.slice(0, 4)));
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    calendarKnown &&= calendar.knowsYear(Number(current.slice(0, 4)));
    if (calendar.isWorkingDay(current)) left--;
  }
  return { date: current, calendarKnown };
}
