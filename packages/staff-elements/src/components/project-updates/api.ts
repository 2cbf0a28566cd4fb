import {
  createProjectUpdateRoute,
  getProjectRoute,
  listProjectsRoute,
  updateProjectRoute,
  type Project,
  type ProjectStatus,
  type ProjectUpdate,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';

/** How many projects one load shows. */
export const PROJECTS_PAGE = 50;

/** The projects of `division` (a community, a street or the district), newest first. */
export async function loadProjects(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<Project[]> {
  const page = await requester.call(
    listProjectsRoute,
    { query: { ...placeOf(division), limit: PROJECTS_PAGE } },
    { signal },
  );
  return page.data;
}

/**
 * Posts a public progress update (`POST /v1/projects/{id}/updates`), then reads the project again:
 * the server says whether it is still quiet and when it last reported.
 */
export async function postUpdate(
  requester: Requester,
  id: string,
  body: string,
): Promise<{ update: ProjectUpdate; project: Project }> {
  const update = await requester.call(createProjectUpdateRoute, { params: { id }, body: { body } });
  const project = await requester.call(getProjectRoute, { params: { id } });
  return { update, project };
}

/** Moves a project to `status` (`PATCH /v1/projects/{id}`); the server checks the move. */
export function moveProject(
  requester: Requester,
  id: string,
  status: ProjectStatus,
): Promise<Project> {
  return requester.call(updateProjectRoute, { params: { id }, body: { status } });
}
