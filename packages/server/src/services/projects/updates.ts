import { eq } from 'drizzle-orm';
import type { CreateProjectUpdateRequest, ProjectUpdate, RouteDefinition } from '@wushe/schema';
import type * as z from 'zod/mini';
import { projects, projectUpdates } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { newId } from '../ids.js';
import { projectFor, toProjectUpdate } from './present.js';

type UpdateContext = Pick<ServiceContext<RouteDefinition>, 'tx' | 'auth' | 'deps' | 'audit'>;

/**
 * `POST /v1/projects/{id}/updates`: a public progress report. Who may post is declared on the
 * route (the organization's members, social workers and staff where the project runs); posting
 * ends a quiet spell, so the project's fund may pay it again.
 */
export async function createProjectUpdate(
  ctx: UpdateContext,
  projectId: string,
  body: z.output<typeof CreateProjectUpdateRequest>,
): Promise<ProjectUpdate> {
  const { project } = await projectFor(ctx.tx, ctx.auth.districtCode, projectId);
  const now = ctx.deps.now();
  const [row] = await ctx.tx
    .insert(projectUpdates)
    .values({
      id: newId('pup'),
      projectId: project.id,
      body: body.body,
      accountId: ctx.auth.staff?.account.id ?? null,
      role: ctx.auth.role ?? null,
      createdAt: now,
    })
    .returning();
  await ctx.tx.update(projects).set({ lastReportedAt: now }).where(eq(projects.id, project.id));
  await ctx.audit('project.update', 'project', project.id, { updateId: row!.id });
  return toProjectUpdate(row!);
}
