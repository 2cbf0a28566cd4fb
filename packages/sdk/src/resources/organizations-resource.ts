import { listOrganizationsRoute, type ListOrganizationsQuery } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteItem } from '../requester.js';

/** Organizations of the district: social organizations, agencies, enterprises, foundations, charities. */
export class OrganizationsResource {
  constructor(private readonly requester: Requester) {}

  list(
    params: ListOrganizationsQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listOrganizationsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listOrganizationsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }
}
