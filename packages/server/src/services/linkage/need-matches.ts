import { and, asc, eq } from 'drizzle-orm';
import type { NeedMatch } from '@wushe/schema';
import type { Auth } from '../context.js';
import type { Executor } from '../../db/database.js';
import { needMatches, organizations } from '../../db/tables/index.js';
import { needFor } from '../needs/store.js';

/** A stored match as staff see it, with the name of the organization that was told. */
export function presentMatch(
  row: typeof needMatches.$inferSelect,
  organizationName: string,
): NeedMatch {
  return {
    id: row.id,
    needId: row.needId,
    resourceId: row.resourceId,
    organizationId: row.organizationId,
    organizationName,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * `GET /v1/needs/{id}/matches`: the resources a need of the caller's scope (checked by the route
 * binder) has been matched to, oldest first; a need of another district is 404.
 */
export async function listNeedMatches(
  tx: Executor,
  auth: Auth,
  needId: string,
): Promise<{ data: NeedMatch[] }> {
  const need = await needFor(tx, auth, needId);
  const rows = await tx
    .select({ match: needMatches, organizationName: organizations.name })
    .from(needMatches)
    .innerJoin(organizations, eq(organizations.id, needMatches.organizationId))
    .where(and(eq(needMatches.needId, need.id), eq(needMatches.districtCode, auth.districtCode)))
    .orderBy(asc(needMatches.createdAt), asc(needMatches.id));
  return { data: rows.map((row) => presentMatch(row.match, row.organizationName)) };
}
