import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SubjectType } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { activities, communities, organizations, projects } from '../../db/tables/index.js';

/**
 * Where each kind of subject lives. A community service is rated per community, so its subject
 * is one of the district's communities, named by its 12-digit code.
 */
const SUBJECTS: Record<SubjectType, { table: PgTable; key: PgColumn; district: PgColumn }> = {
  project: { table: projects, key: projects.id, district: projects.districtCode },
  activity: { table: activities, key: activities.id, district: activities.districtCode },
  organization: {
    table: organizations,
    key: organizations.id,
    district: organizations.districtCode,
  },
  community_service: {
    table: communities,
    key: communities.code,
    district: communities.districtCode,
  },
};

/** Whether what a response rates exists in the district; another district's does not. */
export async function subjectExists(
  tx: Executor,
  districtCode: string,
  subjectType: SubjectType,
  subjectId: string,
): Promise<boolean> {
  const { table, key, district } = SUBJECTS[subjectType];
  const found = await tx
    .select({ key })
    .from(table)
    .where(and(eq(key, subjectId), eq(district, districtCode)))
    .limit(1);
  return found.length > 0;
}
