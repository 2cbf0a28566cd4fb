import {
  createAccountRoute,
  listAccountsRoute,
  listGrantableRolesRoute,
  updateAccountRoute,
  type CreateAccountRequest,
  type ListAccountsQuery,
  type UpdateAccountRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/**
 * Staff accounts (SPEC §9): a district_admin's session or the secret key administers the
 * district's; street staff those of their communities. Granting a role above the caller's own or
 * outside its scope is a `ForbiddenError`.
 */
export class AccountsResource {
  constructor(private readonly requester: Requester) {}

  /** The accounts the caller administers, by login, filtered by role, division, disabled, search. */
  list(
    params: ListAccountsQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listAccountsRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listAccountsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** The roles the caller may grant, each with the division it may be granted within. */
  grantable(options?: RequestOptions): RouteAnswer<typeof listGrantableRolesRoute> {
    return this.requester.call(listGrantableRolesRoute, {}, options);
  }

  /** A new account with its roles; its invite (a one-time setup link) goes to `contact`. */
  create(
    params: CreateAccountRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createAccountRoute> {
    return this.requester.call(createAccountRoute, { body: params }, options);
  }

  /** Renames, replaces the roles, disables (its sessions end at once) or re-sends the invite. */
  update(
    { id, ...body }: { id: string } & UpdateAccountRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateAccountRoute> {
    return this.requester.call(updateAccountRoute, { params: { id }, body }, options);
  }
}
