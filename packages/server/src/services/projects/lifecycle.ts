import { and, eq, inArray } from 'drizzle-orm';
import {
  fieldIssue,
  ProjectTransitions,
  type Project,
  type ProjectStatus,
  type UpdateProjectRequest,
} from '@wushe/schema';
import type * as z from 'zod/mini';
import { funds, projects, socialWorkers } from '../../db/tables/index.js';
import type { DirectoryContext } from '../directory/context.js';
import { DomainError } from '../errors.js';
import { projectFor, toProject } from './present.js';

/**
 * `PATCH /v1/projects/{id}`: a status move the lifecycle allows (`ProjectTransitions`), else
 * `409 invalid_status_transition` at `status`; a fund and social workers of the district.
 */
export async function updateProject(
  ctx: DirectoryContext,
  id: string,
  patch: z.output<typeof UpdateProjectRequest>,
): Promise<Project> {
  const { tx, auth } = ctx;
  const found = await projectFor(tx, auth.districtCode, id);
  const before = found.project;
  const from = before.status as ProjectStatus;
  if (patch.status && patch.status !== from && !ProjectTransitions[from].includes(patch.status)) {
    throw new DomainError('invalid_status_transition', [
      fieldIssue(['status'], 'invalid_choice', undefined, ctx.messages),
    ]);
  }
  if (patch.fundId) {
    const [fund] = await tx
      .select({ id: funds.id })
      .from(funds)
      .where(and(eq(funds.id, patch.fundId), eq(funds.districtCode, auth.districtCode)));
    if (!fund) throw new DomainError('not_found');
  }
  if (patch.socialWorkerIds && patch.socialWorkerIds.length > 0) {
    const known = await tx
      .select({ id: socialWorkers.id })
      .from(socialWorkers)
      .where(
        and(
          inArray(socialWorkers.id, patch.socialWorkerIds),
          eq(socialWorkers.districtCode, auth.districtCode),
        ),
      );
    if (known.length !== new Set(patch.socialWorkerIds).size) throw new DomainError('not_found');
  }
  const [updated] = await tx
    .update(projects)
    .set({
      status: patch.status ?? before.status,
      fundId: patch.fundId === undefined ? before.fundId : patch.fundId,
      socialWorkerIds: patch.socialWorkerIds
        ? [...new Set(patch.socialWorkerIds)]
        : before.socialWorkerIds,
    })
    .where(eq(projects.id, id))
    .returning();
  await ctx.audit('project.edit', 'project', id, { changes: patch, before: { status: from } });
  return toProject({ project: updated!, organizationName: found.organizationName }, ctx.deps.now());
}
