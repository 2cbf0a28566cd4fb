import {
  listStaffQueueRoute,
  type QueueItem,
  type QueuePage,
  type QueueQuery,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, WithRequestId } from '../requester.js';

/** A page of a work list with every list's counts, that also iterates over the whole list. */
export type QueuePagePromise = Promise<WithRequestId<QueuePage>> & AsyncIterable<QueueItem>;

/** The staff work lists (any staff role), narrowed by the server to the caller's scopes. */
export class QueueResource {
  constructor(private readonly requester: Requester) {}

  /**
   * One list, oldest first: `needs_review`, `needs_reported`, `donations_pending`, `follow_ups`
   * (each with its 15-working-day `dueOn`), `proposals_to_score`. Every page carries `counts`.
   */
  list(params: QueueQuery, options?: RequestOptions): QueuePagePromise {
    const pages: PagePromise<QueueItem> = paginate((cursor) =>
      this.requester.call(
        listStaffQueueRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
    return pages as QueuePagePromise;
  }
}
