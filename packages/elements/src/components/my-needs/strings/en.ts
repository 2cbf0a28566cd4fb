import type { MyNeedsStrings } from './zh-CN.js';

export const strings: MyNeedsStrings = {
  locale: 'en',
  title: 'My needs',
  signInIntro:
    'Sign in with the mobile you gave when posting, to follow each need through review, claim and fulfilment.',
  empty:
    'No needs were posted with this mobile yet. You can post one on your community’s needs list.',
  refresh: 'Refresh',
  kinds: { service: 'Service need', wish: 'Small wish' },
  statuses: {
    pending_review: 'Awaiting review',
    open: 'Waiting for someone to claim it',
    claimed: 'Claimed',
    fulfilled: 'Fulfilled',
    rejected: 'Not approved',
    closed: 'Closed',
  },
  steps: {
    pending_review: 'Posted, awaiting the community’s review',
    open: 'Approved and public on the needs list',
    claimed: 'Claimed',
    fulfilled: 'Fulfilled',
    rejected: 'Not approved',
    closed: 'Closed',
  },
  ahead: { open: 'Review: to come', claimed: 'Claim: to come', fulfilled: 'Fulfilment: to come' },
  claimants: { volunteer: 'Volunteer', organization: 'Organization', donor: 'Donor' },
  claimedBy: 'Taken by: {who} {name}',
  reason: 'Reason: {reason}',
  postedOn: 'Posted on {date}',
  worth: 'Worth {amount}',
  showTimeline: 'Show progress',
  hideTimeline: 'Hide progress',
  timelineOf: 'Progress of “{title}”',
};
