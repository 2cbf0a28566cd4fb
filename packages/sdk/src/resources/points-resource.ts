import { getVolunteerPointsRoute } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** 公益积分 (SPEC §13) as staff read them: a volunteer's balance, cap, next expiry and history. */
export class PointsResource {
  constructor(private readonly requester: Requester) {}

  /**
   * Staff of the volunteer's community or street (or the secret key): the balance spendable now
   * (points, two decimals), the 信用时 counted against this year's cap, what expires next, and
   * every movement, newest first.
   */
  ofVolunteer(
    params: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof getVolunteerPointsRoute> {
    return this.requester.call(getVolunteerPointsRoute, { params }, options);
  }
}
