import type { ReviewQueueStrings } from './zh-CN.js';

export const strings: ReviewQueueStrings = {
  locale: 'en',
  title: 'Needs awaiting review',
  count: '{count} awaiting review',
  empty: 'No needs are awaiting review',
  posted: 'Posted',
  anonymous: 'Anonymous',
  approve: 'Approve',
  reject: 'Reject',
  reason: 'Reason for rejecting',
  reasonHint: 'The resident will see this reason',
  confirmReject: 'Reject the need',
  cancel: 'Cancel',
  more: 'Load more',
  approved: 'Approved: {title}',
  rejected: 'Rejected: {title}',
  actionFailed: 'That did not work: {message}',
  forbidden: 'Your account may not review needs here',
  signedOut: 'Your session has ended: please sign in again',
};
