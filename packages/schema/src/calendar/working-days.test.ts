import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  chinaDate,
  isWeekend,
  workingCalendar,
  type HolidayYear,
} from './working-days.js';

/** The State Council's 2026 National Day holiday as announced: 10-01 to 10-08 off, 2 make-up days. */
const NATIONAL_DAY_2026: HolidayYear = {
  year: 2026,
  daysOff: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'],
  workdays: ['2026-09-27', '2026-10-10'],
};

describe('working days', () => {
  it('places an instant on its Beijing date', () => {
    expect(chinaDate(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-06');
    expect(chinaDate(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
  });

  it('skips weekends only when a year is not entered, and says so', () => {
    const calendar = workingCalendar([]);
    expect(isWeekend('2026-12-05')).toBe(true);
    // Friday 12-04 + 15 working days: three weekends skipped, Friday 12-25.
    expect(addWorkingDays('2026-12-04', 15, calendar)).toEqual({
      date: '2026-12-25',
      calendarKnown: false,
    });
    // From a Saturday the first working day is Monday.
    expect(addWorkingDays('2026-12-05', 1, calendar).date).toBe('2026-12-07');
  });

  it('skips the days off and counts the make-up working days (调休)', () => {
    const calendar = workingCalendar([NATIONAL_DAY_2026]);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-27')).toBe(true); // a Sunday worked
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // a Saturday worked
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    // Friday 09-25: 09-27 (Sun, worked) 1, 09-28 2, 09-29 3, 09-30 4, holiday to 10-08,
    // 10-09 5, 10-10 (Sat, worked) 6, 10-12 7 … 10-16 11, 10-19 12, 10-20 13, 10-21 14, 10-22 15.
    expect(addWorkingDays('2026-09-25', 15, calendar)).toEqual({
      date: '2026-10-22',
      calendarKnown: true,
    });
  });

  it('is unknown as soon as the count crosses into a year not entered', () => {
    const calendar = workingCalendar([{ year: 2026, daysOff: [], workdays: [] }]);
    const crossing = addWorkingDays('2026-12-24', 15, calendar);
    expect(crossing.date).toBe('2027-01-14');
    expect(crossing.calendarKnown).toBe(false);
  });
});
