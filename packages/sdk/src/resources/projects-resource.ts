import {
  createProjectUpdateRoute,
  getProjectRoute,
  listProjectsRoute,
  updateProjectRoute,
  type CreateProjectUpdateRequest,
  type ListProjectsQuery,
  type UpdateProjectRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** Projects (SPEC §11): public lists and pages, and progress updates by the project's people. */
export class ProjectsResource {
  constructor(private readonly requester: Requester) {}

  /** Projects by community or street, kind and status; each says whether it is quiet. */
  list(
    params: ListProjectsQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listProjectsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listProjectsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** One project with its updates, money raised and used, and satisfaction once completed. */
  get({ id }: { id: string }, options?: RequestOptions): RouteAnswer<typeof getProjectRoute> {
    return this.requester.call(getProjectRoute, { params: { id } }, options);
  }

  /** Posts a public progress update (the organization's members, its social workers, staff). */
  postUpdate(
    { id, ...body }: { id: string } & CreateProjectUpdateRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createProjectUpdateRoute> {
    return this.requester.call(createProjectUpdateRoute, { params: { id }, body }, options);
  }

  /** Moves a project through its lifecycle, or sets its fund and social workers (staff). */
  update(
    { id, ...body }: { id: string } & UpdateProjectRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateProjectRoute> {
    return this.requester.call(updateProjectRoute, { params: { id }, body }, options);
  }
}
