import { recordFollowUpRoute, type RecordFollowUpRequest } from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/**
 * Follow-ups (回访) of low ratings (staff within the rated subject's community or street). The
 * list with each one's 15-working-day deadline is the `follow_ups` work list (`queue.list`).
 */
export class FollowUpsResource {
  constructor(private readonly requester: Requester) {}

  /** Records a follow-up done: the outcome and notes; the rating then leaves the work list. */
  record(
    { id, ...body }: { id: string } & RecordFollowUpRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof recordFollowUpRoute> {
    return this.requester.call(recordFollowUpRoute, { params: { id }, body }, options);
  }
}
