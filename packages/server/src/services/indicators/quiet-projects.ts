import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { projects } from '../../db/tables/index.js';
import { isQuiet } from '../projects/quiet.js';
import { projectHolders } from './project-holders.js';

/**
 * The district's projects quiet at `now` by the one quiet rule (`isQuiet`), counted once in each
 * community and street they serve and once in the district: division code → count.
 */
export async function quietProjectsByDivision(
  tx: Executor,
  districtCode: string,
  now: Date,
): Promise<Map<string, number>> {
  const rows = await tx
    .select({
      status: projects.status,
      lastReportedAt: projects.lastReportedAt,
      startsOn: projects.startsOn,
      communityCodes: projects.communityCodes,
      streetCodes: projects.streetCodes,
    })
    .from(projects)
    .where(and(eq(projects.districtCode, districtCode), eq(projects.status, 'in_progress')));
  const counts = new Map<string, number>();
  for (const row of rows.filter((project) => isQuiet(project, now))) {
    for (const code of projectHolders(districtCode, row))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
