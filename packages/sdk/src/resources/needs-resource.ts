import {
  claimNeedRoute,
  createNeedRoute,
  getNeedRoute,
  listNeedsRoute,
  reportNeedRoute,
  updateNeedRoute,
  type ClaimNeedRequest,
  type CreateNeedRequest,
  type ListNeedsQuery,
  type ReportNeedRequest,
  type UpdateNeedRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** Needs (需求清单) and wishes (微心愿): the public wall, posting, claiming, reporting, staff review. */
export class NeedsResource {
  constructor(private readonly requester: Requester) {}

  /**
   * Public needs, newest first; with a secret key, every status. Await for one page, or
   * `for await` over every need.
   */
  list(
    params: ListNeedsQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listNeedsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listNeedsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /**
   * One need. With a secret key it is a `StaffNeed`, with the requester's contact (`'contact' in
   * need` tells), and the read is audited.
   */
  get(params: { id: string }, options?: RequestOptions): RouteAnswer<typeof getNeedRoute> {
    return this.requester.call(getNeedRoute, { params }, options);
  }

  /** A resident posts a need; it waits for staff review (`pending_review`). */
  create(params: CreateNeedRequest, options?: RequestOptions): RouteAnswer<typeof createNeedRoute> {
    return this.requester.call(createNeedRoute, { body: params }, options);
  }

  /** Claims an open need. Someone else's claim first is a `ConflictError` (`need_already_claimed`). */
  claim(
    { id, ...body }: { id: string } & ClaimNeedRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof claimNeedRoute> {
    return this.requester.call(claimNeedRoute, { params: { id }, body }, options);
  }

  /** Reports a need (spam, offensive, …); three reports hide it until staff review it. */
  report(
    { id, ...body }: { id: string } & ReportNeedRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof reportNeedRoute> {
    return this.requester.call(reportNeedRoute, { params: { id }, body }, options);
  }

  /** Staff (secret key): publish, reject with a reason, mark fulfilled, release a claim, unhide. */
  update(
    { id, ...body }: { id: string } & UpdateNeedRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateNeedRoute> {
    return this.requester.call(updateNeedRoute, { params: { id }, body }, options);
  }
}
