import * as z from 'zod/mini';
import { checked } from '../checked.js';
import {
  CalendarDate,
  CommunityCode,
  fen,
  prefixedId,
  StreetCode,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { PaymentChannel } from './donation.js';

/*
 * The staff work lists (SPEC §9 `GET /v1/staff/queue`): what waits for someone, oldest first,
 * within the caller's scopes.
 */

export const QueueKind = {
  /** Needs residents posted, waiting for review (`pending_review`). */
  needsReview: 'needs_review',
  /** Needs residents reported (spam, offensive, …), hidden after 3 reports, until staff review. */
  needsReported: 'needs_reported',
  /** Pledges and payments not yet confirmed or marked failed. */
  donationsPending: 'donations_pending',
  /** 差评 to call back (回访) within 15 working days. */
  followUps: 'follow_ups',
  /** Proposals of the open calls a reviewer is assigned to, waiting for the reviewer's scores (§11). */
  proposalsToScore: 'proposals_to_score',
} as const;
export type QueueKind = (typeof QueueKind)[keyof typeof QueueKind];

/** The follow-up deadline: 15 working days after the rating (政务服务"好差评" rules). */
export const FOLLOW_UP_WORKING_DAYS = 15;

const place = {
  communityId: z.nullable(CommunityCode),
  streetId: z.nullable(StreetCode),
};

export const NeedReviewItem = /* @__PURE__ */ z.object({
  kind: z.literal('needs_review'),
  id: prefixedId('need'),
  ...place,
  title: z.string(),
  needKind: z.enum(['service', 'wish']),
  category: z.string(),
  /** When the item started waiting: the need was posted. */
  since: Timestamp,
});

export const NeedReportedItem = /* @__PURE__ */ z.object({
  kind: z.literal('needs_reported'),
  id: prefixedId('need'),
  ...place,
  title: z.string(),
  status: z.string(),
  reportCount: checked(z.int(), z.gte(1)),
  /** Hidden from the public until staff review it (3 reports or more). */
  hidden: z.boolean(),
  /** When the need was posted. */
  since: Timestamp,
});

export const DonationPendingItem = /* @__PURE__ */ z.object({
  kind: z.literal('donations_pending'),
  id: prefixedId('don'),
  ...place,
  fundId: prefixedId('fund'),
  fundName: z.string(),
  amountFen: fen(1),
  channel: z.enum(valuesOf(PaymentChannel)),
  /** The reference the donor quotes with the transfer. */
  reference: z.string(),
  since: Timestamp,
});

export const FollowUpItem = /* @__PURE__ */ z.object({
  kind: z.literal('follow_ups'),
  /** The survey response with the low rating. */
  id: prefixedId('rsp'),
  ...place,
  surveyId: prefixedId('svy'),
  subjectId: z.string(),
  rating: z.int(),
  since: Timestamp,
  /** The last day (Beijing date) of the 15 working days to call back. */
  dueOn: CalendarDate,
  overdue: z.boolean(),
  /** False when a year the 15 days cross has no holiday calendar in the settings: weekends only. */
  calendarKnown: z.boolean(),
});

/** A proposal of an open call the reviewer was assigned to (scope: the call) and has not scored. */
export const ProposalToScoreItem = /* @__PURE__ */ z.object({
  kind: z.literal('proposals_to_score'),
  id: prefixedId('prp'),
  ...place,
  callId: prefixedId('call'),
  callTitle: z.string(),
  title: z.string(),
  organizationName: z.string(),
  /** When the proposal was made. */
  since: Timestamp,
});

export const QueueItem = /* @__PURE__ */ z.discriminatedUnion('kind', [
  NeedReviewItem,
  NeedReportedItem,
  DonationPendingItem,
  FollowUpItem,
  ProposalToScoreItem,
]);
export type QueueItem = z.infer<typeof QueueItem>;

/** How many items wait in each list, within the caller's scopes (the console's home shows them). */
export const QueueCounts = /* @__PURE__ */ z.object({
  needs_review: checked(z.int(), z.gte(0)),
  needs_reported: checked(z.int(), z.gte(0)),
  donations_pending: checked(z.int(), z.gte(0)),
  follow_ups: checked(z.int(), z.gte(0)),
  proposals_to_score: checked(z.int(), z.gte(0)),
});
export type QueueCounts = z.infer<typeof QueueCounts>;

/** A page of one list, oldest first, with the counts of every list. */
export const QueuePage = /* @__PURE__ */ z.object({
  data: z.array(QueueItem),
  nextCursor: z.nullable(z.string()),
  counts: QueueCounts,
});
export type QueuePage = z.infer<typeof QueuePage>;
