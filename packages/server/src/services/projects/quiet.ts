import { QUIET_AFTER_DAYS } from '@wushe/schema';
import type { projects } from '../../db/tables/index.js';

type ProjectRow = typeof projects.$inferSelect;

const DAY_MS = 86_400_000;

/**
 * When a project last reported in public: its last progress update, or, before the first, the
 * day it started (a project is not quiet before it had 180 days to report).
 */
export function lastReportOf(row: Pick<ProjectRow, 'lastReportedAt' | 'startsOn'>): Date {
  return row.lastReportedAt ?? new Date(`${row.startsOn}T00:00:00+08:00`);
}

/**
 * The quiet rule (SPEC §11, after 广益联募): a project in progress with no public update for
 * `QUIET_AFTER_DAYS` days is quiet, and its fund pays it nothing more until it reports. The one
 * place the rule is decided: the project's page shows it, the disbursement refuses by it.
 */
export function isQuiet(
  row: Pick<ProjectRow, 'status' | 'lastReportedAt' | 'startsOn'>,
  now: Date,
): boolean {
  return (
    row.status === 'in_progress' &&
    now.getTime() - lastReportOf(row).getTime() >= QUIET_AFTER_DAYS * DAY_MS
  );
}

/** Whole days since the project last reported (for the refusal's wording). */
export function daysSilent(row: Pick<ProjectRow, 'lastReportedAt' | 'startsOn'>, now: Date) {
  return Math.floor((now.getTime() - lastReportOf(row).getTime()) / DAY_MS);
}
