import {
  listActivityCheckInsRoute,
  listRecordableActivitiesRoute,
  settleDonationRoute,
  type SettleDonationRequest,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** The staff's daily work desk: an activity's check-in list, and settling a pending pledge. */
export class DeskResource {
  constructor(private readonly requester: Requester) {}

  /** Activities of the last 30 days within the caller's scopes, whose hours may be recorded. */
  recordableActivities(
    options?: RequestOptions,
  ): RouteAnswer<typeof listRecordableActivitiesRoute> {
    return this.requester.call(listRecordableActivitiesRoute, {}, options);
  }

  /** The activity's confirmed signups with the minutes already recorded for each (audited). */
  checkIns(
    { id }: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof listActivityCheckInsRoute> {
    return this.requester.call(listActivityCheckInsRoute, { params: { id } }, options);
  }

  /** A pledge's money arrived (with the bank reference) or will not: the fund moves once. */
  settleDonation(
    { id, ...body }: { id: string } & SettleDonationRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof settleDonationRoute> {
    return this.requester.call(settleDonationRoute, { params: { id }, body }, options);
  }
}
