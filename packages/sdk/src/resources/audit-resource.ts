import { listAuditRoute, type AuditQuery } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteItem } from '../requester.js';

/** The district's audit log (a district_admin's staff session or the secret key). */
export class AuditResource {
  constructor(private readonly requester: Requester) {}

  /** Entries newest first, narrowed by person, action, subject and time (`from`/`to` inclusive). */
  list(
    params: AuditQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listAuditRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listAuditRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }
}
