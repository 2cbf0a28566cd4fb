import { and, eq, lt } from 'drizzle-orm';
import type { IndicatorBreakdown } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { projects } from '../../db/tables/index.js';
import { projectHolders } from './project-holders.js';

/**
 * The district's projects created by the end of the period, by kind and their status now, counted
 * once in each community and street they serve and once in the district: division code → the
 * kind-and-status counts, in a stable order (kind, then status).
 */
export async function projectsByKindStatus(
  tx: Executor,
  districtCode: string,
  end: Date,
): Promise<Map<string, IndicatorBreakdown[]>> {
  const rows = await tx
    .select({
      kind: projects.kind,
      status: projects.status,
      communityCodes: projects.communityCodes,
      streetCodes: projects.streetCodes,
    })
    .from(projects)
    .where(and(eq(projects.districtCode, districtCode), lt(projects.createdAt, end)));
  const counts = new Map<string, Map<string, IndicatorBreakdown>>();
  for (const row of rows) {
    for (const code of projectHolders(districtCode, row)) {
      const division = counts.get(code) ?? new Map<string, IndicatorBreakdown>();
      const key = `${row.kind}|${row.status}`;
      const entry = division.get(key) ?? { kind: row.kind, status: row.status, count: 0 };
      division.set(key, { ...entry, count: entry.count + 1 });
      counts.set(code, division);
    }
  }
  return new Map(
    [...counts].map(([code, division]) => [
      code,
      [...division.values()].sort(
        (a, b) => a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status),
      ),
    ]),
  );
}
