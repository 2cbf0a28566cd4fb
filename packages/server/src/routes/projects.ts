import type { RouteHandlers } from '../http/route.js';
import { listProjects } from '../services/projects/lists.js';
import { projectDetail } from '../services/projects/present.js';
import { createProjectUpdate } from '../services/projects/updates.js';
import { updateProject } from '../services/projects/lifecycle.js';

/** Projects (SPEC §11): public lists and pages, and progress updates by the project's people. */
export const projectHandlers = {
  listProjects: ({ tx, auth, query, deps }) =>
    listProjects(tx, auth.districtCode, query, deps.now()),
  getProject: ({ tx, auth, params, deps }) =>
    projectDetail(tx, auth.districtCode, params.id, deps.now()),
  createProjectUpdate: (ctx) => createProjectUpdate(ctx, ctx.params.id, ctx.body),
  updateProject: (ctx) => updateProject(ctx, ctx.params.id, ctx.body),
} satisfies Partial<RouteHandlers>;
