// Surveys and their responses (一事一评).
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at } from './columns.js';
import { communities } from './core.js';

/**
 * Survey definitions. A survey belongs to a community (its staff run it) or, with no community, to
 * the whole district. New questions make a new version: a new row pointing to the one it replaced,
 * which closes and points back, so each version's responses answer its own questions.
 */
export const surveys = pgTable('surveys', {
  id: text('id').primaryKey(),
  districtCode: text('district_code').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  subjectType: text('subject_type').notNull(),
  questions: jsonb('questions').notNull(),
  resultsPublic: boolean('results_public').notNull(),
  open: boolean('open').notNull().default(true),
  communityCode: text('community_code').references(() => communities.code),
  version: integer('version').notNull().default(1),
  previousVersionId: text('previous_version_id'),
  replacedById: text('replaced_by_id'),
});

/** One response per respondent token and subject (一事一评), enforced by a unique index. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: text('id').primaryKey(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id),
    subjectId: text('subject_id').notNull(),
    respondentHash: text('respondent_hash').notNull(),
    answers: jsonb('answers').notNull(),
    contact: jsonb('contact').$type<{ name: string; mobile: string; consentVersion: string }>(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_one_per_subject').on(t.surveyId, t.subjectId, t.respondentHash),
    index('survey_responses_subject_idx').on(t.surveyId, t.subjectId),
  ],
);
