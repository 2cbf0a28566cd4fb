import type { QueueCountsStrings } from './zh-CN.js';

export const strings: QueueCountsStrings = {
  locale: 'en',
  title: 'My work',
  lists: {
    needs_review: 'Needs to review',
    needs_reported: 'Reported needs',
    donations_pending: 'Pledges to confirm',
    follow_ups: 'Low ratings to call back',
    proposals_to_score: 'Proposals to score',
  },
  waiting: '{count} waiting',
  forbidden: 'Your account may not see work lists',
  signedOut: 'Your session has ended: please sign in again',
};
