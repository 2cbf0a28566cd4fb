// Calls for proposals (公益创投 / 微创投征集, SPEC §11): proposals, reviewers' scores, residents' votes.
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Criterion } from '@wushe/schema';
import { at } from './columns.js';
import { districts } from './core.js';
import { organizations } from './organizations.js';
import { projects } from './funds.js';

export const calls = pgTable(
  'calls',
  {
    id: text('id').primaryKey(),
    districtCode: text('district_code')
      .notNull()
      .references(() => districts.code),
    /** The street (9 digits) or the district (6) that opened it. */
    divisionCode: text('division_code').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    /** From when it takes proposals and votes (SPEC §11 "dates"). */
    opensAt: at('opens_at').notNull().defaultNow(),
    proposalsCloseAt: at('proposals_close_at').notNull(),
    needCategories: text('need_categories').array().notNull(),
    rubric: jsonb('rubric').$type<Criterion[]>().notNull(),
    reviewerWeight: integer('reviewer_weight').notNull(),
    voteWeight: integer('vote_weight').notNull(),
    status: text('status').notNull().default('open'),
    createdAt: at('created_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
  },
  (t) => [index('calls_district_idx').on(t.districtCode, t.divisionCode, t.status)],
);

export const proposals = pgTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    communityCodes: text('community_codes').array().notNull(),
    streetCodes: text('street_codes').array().notNull(),
    needIds: text('need_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    /** Set when the call closes: the rank and the blend's parts (see services/calls/ranking.ts). */
    result: jsonb('result').$type<{
      rank: number;
      votes: number;
      voteShare: number;
      reviewerScore: number;
      blendedScore: number;
    }>(),
    projectId: text('project_id').references(() => projects.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('proposals_call_idx').on(t.callId, t.createdAt)],
);

/** A reviewer's scores of one proposal, one row per reviewer and proposal (a re-score replaces). */
export const proposalScores = pgTable(
  'proposal_scores',
  {
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    callId: text('call_id').notNull(),
    accountId: text('account_id').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('proposal_scores_one_per_reviewer').on(t.proposalId, t.accountId)],
);

/** Residents' votes: one per respondent token per call (一户一票), held by a unique index. */
export const callVotes = pgTable(
  'call_votes',
  {
    callId: text('call_id')
      .notNull()
      .references(() => calls.id),
    proposalId: text('proposal_id')
      .notNull()
      .references(() => proposals.id),
    respondentHash: text('respondent_hash').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('call_votes_one_per_respondent').on(t.callId, t.respondentHash)],
);
