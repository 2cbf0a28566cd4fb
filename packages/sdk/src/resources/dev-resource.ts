import { listDevOutboxRoute, type OutboxQuery } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteItem } from '../requester.js';

/** Development routes: served only by a server run with `--notifier log` (or `--seed demo`). */
export class DevResource {
  constructor(private readonly requester: Requester) {}

  /** What the `log` notifier "sent" (invites, codes), newest first; `to` keeps one recipient's. */
  outbox(
    params: OutboxQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listDevOutboxRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listDevOutboxRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }
}
