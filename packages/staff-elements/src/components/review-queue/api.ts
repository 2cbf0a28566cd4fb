import { updateNeedRoute, type UpdateNeedRequest } from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import type { NeedReviewAction } from '../../events/wushe-need-reviewed.js';

/** The two work lists the review queue works: needs to review, and needs residents reported. */
export type ReviewKind = 'needs_review' | 'needs_reported';

/** What each decision asks of `PATCH /v1/needs/{id}`. */
export function decisionOf(action: NeedReviewAction, reason = ''): UpdateNeedRequest {
  switch (action) {
    case 'approve':
      return { status: 'open' };
    case 'reject':
      return { status: 'rejected', reason };
    case 'hide':
      return { hide: true };
    case 'restore':
      return { unhide: true };
  }
}

/** A review decision on one need: `PATCH /v1/needs/{id}` (scoped to the need, audited). */
export function reviewNeed(requester: Requester, id: string, decision: UpdateNeedRequest) {
  return requester.call(updateNeedRoute, { params: { id }, body: decision });
}
