import { addDays, zhCN, type HolidayYearSettings } from '@wushe/schema';
import { updateDistrictSettings } from '../../services/settings/settings.js';
import { CHANGNING, PANYU } from './divisions.js';
import type { SeedContext } from './support.js';

/*
 * The State Council's public holidays and 调休 make-up working days of 2025 (国办发明电〔2024〕12号)
 * and 2026 (国办发明电〔2025〕7号), as a district enters them in its settings (SPEC §12): the
 * 15-working-day clock of 差评 follow-ups then skips them, and the demo's index reports
 * `calendarKnown: true` for its year. A year after 2026 is not entered: the index says so.
 * Checked day by day against both notices as 新华社 published them (2024-11-12 and 2025-11-04,
 * e.g. politics.gmw.cn/2025-11/04/content_38391083.htm and m.gmw.cn/2024-11/12/content_1303894933.htm).
 */

/** Every date from `first` to `last`, both included. */
function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

export const CHINA_HOLIDAYS: readonly HolidayYearSettings[] = [
  {
    year: 2025,
    daysOff: [
      '2025-01-01', // 元旦
      ...daysFrom('2025-01-28', '2025-02-04'), // 春节
      ...daysFrom('2025-04-04', '2025-04-06'), // 清明节
      ...daysFrom('2025-05-01', '2025-05-05'), // 劳动节
      ...daysFrom('2025-05-31', '2025-06-02'), // 端午节
      ...daysFrom('2025-10-01', '2025-10-08'), // 国庆节、中秋节
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    daysOff: [
      ...daysFrom('2026-01-01', '2026-01-03'), // 元旦
      ...daysFrom('2026-02-15', '2026-02-23'), // 春节
      ...daysFrom('2026-04-04', '2026-04-06'), // 清明节
      ...daysFrom('2026-05-01', '2026-05-05'), // 劳动节
      ...daysFrom('2026-06-19', '2026-06-21'), // 端午节
      ...daysFrom('2026-09-25', '2026-09-27'), // 中秋节
      ...daysFrom('2026-10-01', '2026-10-07'), // 国庆节
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

/** Both demo districts enter the calendar through the settings service, as a PATCH would. */
export async function seedHolidays({ tx }: SeedContext): Promise<void> {
  for (const district of [PANYU, CHANGNING]) {
    await updateDistrictSettings(tx, district, { holidays: [...CHINA_HOLIDAYS] }, zhCN);
  }
}
