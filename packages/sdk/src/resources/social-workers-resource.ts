import {
  createSocialWorkerRoute,
  listSocialWorkersRoute,
  updateSocialWorkerRoute,
  type CreateSocialWorkerRequest,
  type ListSocialWorkersQuery,
  type UpdateSocialWorkerRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** Social workers (社会工作者): staff list those within reach; street staff and above edit them. */
export class SocialWorkersResource {
  constructor(private readonly requester: Requester) {}

  list(
    params: ListSocialWorkersQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listSocialWorkersRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listSocialWorkersRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** Adds a social worker: organization or 社工站, certificate level, where they serve. */
  create(
    params: CreateSocialWorkerRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createSocialWorkerRoute> {
    return this.requester.call(createSocialWorkerRoute, { body: params }, options);
  }

  /** Edits a social worker, links or unlinks their staff account, or marks them inactive. */
  update(
    { id, ...body }: { id: string } & UpdateSocialWorkerRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateSocialWorkerRoute> {
    return this.requester.call(updateSocialWorkerRoute, { params: { id }, body }, options);
  }
}
