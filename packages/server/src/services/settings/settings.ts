import { eq } from 'drizzle-orm';
import type * as z from 'zod/mini';
import {
  DistrictSettings,
  validate,
  workingCalendar,
  type UpdateSettingsRequest,
  type Messages,
  type WorkingCalendar,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { districts } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

type SettingsPatch = z.output<typeof UpdateSettingsRequest>;

/**
 * A district's settings, read through the contract's schema: whatever was never saved takes its
 * default, and a stored value a newer schema no longer accepts falls back to the defaults rather
 * than breaking every request that reads settings.
 */
export async function districtSettings(
  tx: Executor,
  districtCode: string,
): Promise<DistrictSettings> {
  const [row] = await tx
    .select({ settings: districts.settings })
    .from(districts)
    .where(eq(districts.code, districtCode));
  const parsed = DistrictSettings.safeParse(row?.settings ?? {});
  return parsed.success ? parsed.data : DistrictSettings.parse({});
}

/** The district's holiday calendar (§12): the years entered, weekends only for any other. */
export async function districtCalendar(
  tx: Executor,
  districtCode: string,
): Promise<WorkingCalendar> {
  return workingCalendar((await districtSettings(tx, districtCode)).holidays);
}

/** The settings with a PATCH applied: sections given change, holiday years replace their own. */
function applied(current: DistrictSettings, patch: SettingsPatch): unknown {
  const replacedYears = new Set([
    ...(patch.holidays ?? []).map((year) => year.year),
    ...(patch.removeHolidayYears ?? []),
  ]);
  return {
    points: { ...current.points, ...patch.points },
    holidays: [
      ...current.holidays.filter((year) => !replacedYears.has(year.year)),
      ...(patch.holidays ?? []),
    ].sort((a, b) => a.year - b.year),
    publicIndicators: patch.publicIndicators ?? current.publicIndicators,
    notifier: patch.notifier ?? current.notifier,
  };
}

/**
 * `PATCH /v1/settings`. The body was validated field by field; rules across fields (the activity
 * multiplier's min not above its max) are checked on the result, with the same paths.
 */
export async function updateDistrictSettings(
  tx: Executor,
  districtCode: string,
  patch: SettingsPatch,
  messages: Messages,
): Promise<DistrictSettings> {
  const current = await districtSettings(tx, districtCode);
  const result = validate(DistrictSettings, applied(current, patch), messages);
  if (!result.success) throw new DomainError('validation_failed', result.issues);
  await tx.update(districts).set({ settings: result.data }).where(eq(districts.code, districtCode));
  return result.data;
}
