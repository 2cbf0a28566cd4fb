import {
  createActivityRoute,
  getActivityRoute,
  listActivitiesRoute,
  signUpForActivityRoute,
  updateActivityRoute,
  type ActivitySignupRequest,
  type CreateActivityRequest,
  type ListActivitiesQuery,
  type UpdateActivityRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/**
 * Volunteer activities: upcoming ones, and signing up (a waitlist beyond capacity); staff create,
 * edit and cancel them.
 */
export class ActivitiesResource {
  constructor(private readonly requester: Requester) {}

  list(
    params: ListActivitiesQuery = {},
    options?: RequestOptions,
  ): PagePromise<RouteItem<typeof listActivitiesRoute>> {
    return paginate((cursor) =>
      this.requester.call(
        listActivitiesRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }

  /** One activity with its capacity, places taken and waitlist, as the list shows it. */
  get(params: { id: string }, options?: RequestOptions): RouteAnswer<typeof getActivityRoute> {
    return this.requester.call(getActivityRoute, { params }, options);
  }

  /** Signs up for an activity: `confirmed`, or `waitlisted` with a position when it is full. */
  signup(
    { id, ...body }: { id: string } & ActivitySignupRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof signUpForActivityRoute> {
    return this.requester.call(signUpForActivityRoute, { params: { id }, body }, options);
  }

  /** Staff: creates an activity of a community (an org_member: one its organization runs). */
  create(
    body: CreateActivityRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createActivityRoute> {
    return this.requester.call(createActivityRoute, { body }, options);
  }

  /**
   * Staff: edits an activity, or cancels it with `status: 'cancelled'`. Its signups are told of a
   * cancellation or a new time or place; capacity below the confirmed signups is a
   * `ConflictError` (`capacity_below_signups`), and a cancelled activity stays cancelled
   * (`activity_cancelled`).
   */
  update(
    { id, ...body }: { id: string } & UpdateActivityRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateActivityRoute> {
    return this.requester.call(updateActivityRoute, { params: { id }, body }, options);
  }
}
