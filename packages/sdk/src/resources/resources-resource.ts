import {
  createResourceRoute,
  getResourceRoute,
  listResourcesRoute,
  updateResourceRoute,
  type CreateResourceRequest,
  type ListResourcesQuery,
  type UpdateResourceRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** The 资源清单 (SPEC §11): what organizations and 社工站 offer, and its editing. */
export class ResourcesResource {
  constructor(private readonly requester: Requester) {}

  /** Published resources by community or street, category, target group and search (`q`). */
  list(
    params: ListResourcesQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listResourcesRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listResourcesRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** One published resource. */
  get({ id }: { id: string }, options?: RequestOptions): RouteAnswer<typeof getResourceRoute> {
    return this.requester.call(getResourceRoute, { params: { id } }, options);
  }

  /** Publishes a resource (the organization's members, or staff where it works). */
  create(
    params: CreateResourceRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createResourceRoute> {
    return this.requester.call(createResourceRoute, { body: params }, options);
  }

  /** Edits, pauses (`status: 'paused'`) or publishes again a resource. */
  update(
    { id, ...body }: { id: string } & UpdateResourceRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateResourceRoute> {
    return this.requester.call(updateResourceRoute, { params: { id }, body }, options);
  }
}
