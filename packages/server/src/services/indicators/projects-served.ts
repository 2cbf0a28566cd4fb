import { and, eq, lt, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { projects } from '../../db/tables/index.js';
import { projectHolders } from './project-holders.js';

/** Statuses of a project that never served anyone. */
const NOT_SERVED = ['rejected', 'cancelled'];

/**
 * The district's projects created by the end of the period, neither rejected nor cancelled, with
 * at least one of the district's active social workers among `social_worker_ids`, counted once in
 * each community and street they serve and once in the district: division code → count.
 */
export async function projectsServedByDivision(
  tx: Executor,
  districtCode: string,
  end: Date,
): Promise<Map<string, number>> {
  const rows = await tx
    .select({ communityCodes: projects.communityCodes, streetCodes: projects.streetCodes })
    .from(projects)
    .where(
      and(
        eq(projects.districtCode, districtCode),
        lt(projects.createdAt, end),
        notInArray(projects.status, NOT_SERVED),
        sql`exists (select 1 from social_workers w
                     where w.district_code = ${districtCode} and w.active
                       and w.id = any(${projects.socialWorkerIds}))`,
      ),
    );
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const code of projectHolders(districtCode, row))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
