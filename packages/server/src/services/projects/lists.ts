import { and, arrayContains, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { ListProjectsQuery, Page, ProjectSummary } from '@wushe/schema';
import type * as z from 'zod/mini';
import type { Executor } from '../../db/database.js';
import { projects } from '../../db/tables/index.js';
import { decodeCursor, invalidCursor, pageOf, pageSize } from '../../routes/pagination.js';
import { moneyOf, projectsWithOrganization, toProject } from './present.js';

/**
 * `GET /v1/projects`: newest first (by start, then id), filtered by place, kind and status; each
 * with its money raised and used, as its page has it (`moneyOf`).
 */
export async function listProjects(
  tx: Executor,
  districtCode: string,
  query: z.output<typeof ListProjectsQuery>,
  now: Date,
): Promise<Page<ProjectSummary>> {
  const limit = pageSize(query.limit);
  const cursor = decodeCursor(query.cursor, ['string', 'string']) as [string, string] | undefined;
  const after = cursor;
  if (cursor && !/^\d{4}-\d{2}-\d{2}$/.test(cursor[0])) throw invalidCursor();
  const where: (SQL | undefined)[] = [
    eq(projects.districtCode, districtCode),
    query.community ? arrayContains(projects.communityCodes, [query.community]) : undefined,
    query.street ? arrayContains(projects.streetCodes, [query.street]) : undefined,
    query.kind ? eq(projects.kind, query.kind) : undefined,
    query.status ? eq(projects.status, query.status) : undefined,
    after
      ? or(
          lt(projects.startsOn, after[0]),
          and(eq(projects.startsOn, after[0]), lt(projects.id, after[1])),
        )
      : undefined,
  ];
  const rows = await projectsWithOrganization(tx)
    .where(and(...where))
    .orderBy(desc(projects.startsOn), desc(projects.id))
    .limit(limit + 1);
  const money = await moneyOf(
    tx,
    rows.slice(0, limit).map((row) => row.project),
  );
  return pageOf(
    rows,
    limit,
    (row) => ({ ...toProject(row, now), money: money.get(row.project.id)! }),
    ({ project }) => [project.startsOn, project.id],
  );
}
