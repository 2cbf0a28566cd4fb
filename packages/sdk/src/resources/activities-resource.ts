import {
  getActivityRoute,
  listActivitiesRoute,
  signUpForActivityRoute,
  type ActivitySignupRequest,
  type ListActivitiesQuery,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, RouteAnswer, RouteItem } from '../requester.js';

/** Volunteer activities: upcoming ones, and signing up (a waitlist beyond capacity). */
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
}
