// Surveys and their responses (一事一评).
import { boolean, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

export const surveys = pgTable('surveys', {
  id: text('id').primaryKey(),
  districtCode: text('district_code').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  subjectType: text('subject_type').notNull(),
  questions: jsonb('questions').notNull(),
  resultsPublic: boolean('results_public').notNull(),
  open: boolean('open').notNull().default(true),
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
