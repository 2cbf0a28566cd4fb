import { and, asc, count, eq, gt, inArray, notExists, sql } from 'drizzle-orm';
import {
  addWorkingDays,
  chinaDate,
  FOLLOW_UP_WORKING_DAYS,
  type QueueItem,
  type WorkingCalendar,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import {
  calls,
  donations,
  funds,
  needs,
  organizations,
  proposalScores,
  proposals,
  surveyResponses,
  surveys,
} from '../../db/tables/index.js';
import {
  awaitingFollowUp,
  rating,
  subjectCommunity,
  subjectStreet,
} from '../follow-ups/low-ratings.js';
import { withinReach, type Reach } from './reach.js';

/** Where a page starts: after the item that was last on the previous one (oldest first). */
export interface After {
  readonly since: string;
  readonly id: string;
}

/** One work list: how many wait, and a page of them oldest first. */
export interface WorkList {
  count(tx: Executor, district: string, reach: Reach): Promise<number>;
  page(
    tx: Executor,
    district: string,
    reach: Reach,
    after: After | undefined,
    limit: number,
    facts: { calendar: WorkingCalendar; now: Date },
  ): Promise<QueueItem[]>;
}

const afterCondition = (at: unknown, id: unknown, after: After | undefined) =>
  after ? sql`(${at}, ${id}) > (${after.since}::timestamptz, ${after.id})` : undefined;

const total = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;

/** Needs residents posted, waiting for review. */
const needsToReview = (district: string, reach: Reach) =>
  and(
    eq(needs.districtCode, district),
    eq(needs.status, 'pending_review'),
    withinReach(reach, needs.streetCode, needs.communityCode),
  );

export const needsReview: WorkList = {
  count: (tx, district, reach) =>
    total(tx.select({ n: count() }).from(needs).where(needsToReview(district, reach))),
  async page(tx, district, reach, after, limit) {
    const rows = await tx
      .select()
      .from(needs)
      .where(and(needsToReview(district, reach), afterCondition(needs.createdAt, needs.id, after)))
      .orderBy(asc(needs.createdAt), asc(needs.id))
      .limit(limit);
    return rows.map((row) => ({
      kind: 'needs_review',
      id: row.id,
      communityId: row.communityCode,
      streetId: row.streetCode,
      title: row.title,
      needKind: row.kind as 'service' | 'wish',
      category: row.category,
      since: row.createdAt.toISOString(),
    }));
  },
};

/** Needs residents reported that no one has reviewed since (a review clears the count). */
const reportedNeeds = (district: string, reach: Reach) =>
  and(
    eq(needs.districtCode, district),
    gt(needs.reportCount, 0),
    withinReach(reach, needs.streetCode, needs.communityCode),
  );

export const needsReported: WorkList = {
  count: (tx, district, reach) =>
    total(tx.select({ n: count() }).from(needs).where(reportedNeeds(district, reach))),
  async page(tx, district, reach, after, limit) {
    const rows = await tx
      .select()
      .from(needs)
      .where(and(reportedNeeds(district, reach), afterCondition(needs.createdAt, needs.id, after)))
      .orderBy(asc(needs.createdAt), asc(needs.id))
      .limit(limit);
    return rows.map((row) => ({
      kind: 'needs_reported',
      id: row.id,
      communityId: row.communityCode,
      streetId: row.streetCode,
      title: row.title,
      status: row.status,
      reportCount: row.reportCount,
      hidden: row.hidden,
      since: row.createdAt.toISOString(),
    }));
  },
};

/** Donations still pending, placed where their fund is (a district fund: the district only). */
const pendingDonations = (district: string, reach: Reach) =>
  and(
    eq(donations.districtCode, district),
    eq(donations.status, 'pending'),
    withinReach(reach, funds.streetCode, funds.communityCode),
  );

export const donationsPending: WorkList = {
  count: (tx, district, reach) =>
    total(
      tx
        .select({ n: count() })
        .from(donations)
        .innerJoin(funds, eq(funds.id, donations.fundId))
        .where(pendingDonations(district, reach)),
    ),
  async page(tx, district, reach, after, limit) {
    const rows = await tx
      .select({ donation: donations, fund: funds })
      .from(donations)
      .innerJoin(funds, eq(funds.id, donations.fundId))
      .where(
        and(
          pendingDonations(district, reach),
          afterCondition(donations.createdAt, donations.id, after),
        ),
      )
      .orderBy(asc(donations.createdAt), asc(donations.id))
      .limit(limit);
    return rows.map(({ donation, fund }) => ({
      kind: 'donations_pending',
      id: donation.id,
      communityId: fund.communityCode,
      streetId: fund.streetCode,
      fundId: fund.id,
      fundName: fund.name,
      amountFen: donation.amountFen,
      channel: donation.channel as 'offline',
      reference: donation.reference,
      since: donation.createdAt.toISOString(),
    }));
  },
};

const lowRatings = (district: string, reach: Reach) =>
  and(
    eq(surveys.districtCode, district),
    awaitingFollowUp,
    withinReach(reach, subjectStreet, subjectCommunity),
  );

/** 差评 to call back (回访) not yet recorded as done, each with its deadline: 15 working days of the district's calendar. */
export const followUps: WorkList = {
  count: (tx, district, reach) =>
    total(
      tx
        .select({ n: count() })
        .from(surveyResponses)
        .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
        .where(lowRatings(district, reach)),
    ),
  async page(tx, district, reach, after, limit, { calendar, now }) {
    const rows = await tx
      .select({
        id: surveyResponses.id,
        surveyId: surveyResponses.surveyId,
        subjectId: surveyResponses.subjectId,
        rating: rating.mapWith(Number),
        communityCode: subjectCommunity,
        streetCode: subjectStreet,
        createdAt: surveyResponses.createdAt,
      })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(
        and(
          lowRatings(district, reach),
          afterCondition(surveyResponses.createdAt, surveyResponses.id, after),
        ),
      )
      .orderBy(asc(surveyResponses.createdAt), asc(surveyResponses.id))
      .limit(limit);
    const today = chinaDate(now);
    return rows.map((row) => {
      const due = addWorkingDays(chinaDate(row.createdAt), FOLLOW_UP_WORKING_DAYS, calendar);
      return {
        kind: 'follow_ups',
        id: row.id,
        communityId: row.communityCode,
        streetId: row.streetCode,
        surveyId: row.surveyId,
        subjectId: row.subjectId,
        rating: row.rating,
        since: row.createdAt.toISOString(),
        dueOn: due.date,
        overdue: today > due.date,
        calendarKnown: due.calendarKnown,
      };
    });
  },
};

/**
 * Proposals of the open calls the reviewer is assigned to (a `reviewer` grant scoped to the call)
 * that this reviewer has not scored yet (§11): each leaves the list once scored.
 */
const proposalsUnscored = (district: string, reach: Reach) =>
  and(
    eq(calls.districtCode, district),
    eq(calls.status, 'open'),
    reach.calls.length > 0 ? inArray(proposals.callId, [...reach.calls]) : sql`false`,
    notExists(
      sql`(select 1 from ${proposalScores} where ${proposalScores.proposalId} = ${proposals.id} and ${proposalScores.accountId} = ${reach.account})`,
    ),
  );

export const proposalsToScore: WorkList = {
  count: (tx, district, reach) =>
    total(
      tx
        .select({ n: count() })
        .from(proposals)
        .innerJoin(calls, eq(calls.id, proposals.callId))
        .where(proposalsUnscored(district, reach)),
    ),
  async page(tx, district, reach, after, limit) {
    const rows = await tx
      .select({ proposal: proposals, callTitle: calls.title, organizationName: organizations.name })
      .from(proposals)
      .innerJoin(calls, eq(calls.id, proposals.callId))
      .innerJoin(organizations, eq(organizations.id, proposals.organizationId))
      .where(
        and(
          proposalsUnscored(district, reach),
          afterCondition(proposals.createdAt, proposals.id, after),
        ),
      )
      .orderBy(asc(proposals.createdAt), asc(proposals.id))
      .limit(limit);
    return rows.map(({ proposal, callTitle, organizationName }) => ({
      kind: 'proposals_to_score',
      id: proposal.id,
      communityId: null,
      streetId: null,
      callId: proposal.callId,
      callTitle,
      title: proposal.title,
      organizationName,
      since: proposal.createdAt.toISOString(),
    }));
  },
};
