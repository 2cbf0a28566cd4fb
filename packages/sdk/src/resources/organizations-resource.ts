import {
  createOrganizationRoute,
  listOrganizationsRoute,
  updateOrganizationRoute,
  type CreateOrganizationRequest,
  type ListOrganizationsQuery,
  type UpdateOrganizationRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

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

  /** Registers (登记, credit code checked) or files (备案) an organization (community staff and above). */
  create(
    params: CreateOrganizationRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createOrganizationRoute> {
    return this.requester.call(createOrganizationRoute, { body: params }, options);
  }

  /** Edits an organization; moving it needs a role that covers both places. */
  update(
    { id, ...body }: { id: string } & UpdateOrganizationRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateOrganizationRoute> {
    return this.requester.call(updateOrganizationRoute, { params: { id }, body }, options);
  }
}
