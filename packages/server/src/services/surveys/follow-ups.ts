import { and, desc, eq, sql } from 'drizzle-orm';
import type { FollowUp, Survey } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { surveyResponses } from '../../db/tables/index.js';
import { firstOfType } from './definition.js';
import { FOLLOW_UP_MAXIMUM } from './statistics.js';

/** The stored answer to one question, as text (`null` when the response skipped it). */
const answerTo = (questionId: string) =>
  sql`(select a->>'value' from jsonb_array_elements(${surveyResponses.answers}) a
       where a->>'questionId' = ${questionId})`;

/**
 * Responses whose first rating is 不满意 (2) or worse, newest first, for staff to call back
 * (回访): the comment is the answer to the first text question, and the contact is there only
 * when the respondent left one (the request schema accepts a contact only with consent).
 *
 * The filter runs in the database, so a survey with thousands of contented respondents costs
 * no more than one with a few. A survey without a rating question has nothing to follow up.
 */
export async function lowRatings(tx: Executor, survey: Survey): Promise<FollowUp[]> {
  const rating = firstOfType(survey, 'rating');
  if (!rating) return [];
  const comment = firstOfType(survey, 'text');
  const ratingValue = sql<number>`(${answerTo(rating.id)})::int`;

  const rows = await tx
    .select({
      id: surveyResponses.id,
      subjectId: surveyResponses.subjectId,
      rating: ratingValue.mapWith(Number),
      comment: comment ? sql<string | null>`${answerTo(comment.id)}` : sql<null>`null`,
      contact: surveyResponses.contact,
      createdAt: surveyResponses.createdAt,
    })
    .from(surveyResponses)
    .where(
      and(eq(surveyResponses.surveyId, survey.id), sql`${ratingValue} <= ${FOLLOW_UP_MAXIMUM}`),
    )
    .orderBy(desc(surveyResponses.createdAt), desc(surveyResponses.id));

  return rows.map((row) => ({
    responseId: row.id,
    subjectId: row.subjectId,
    questionId: rating.id,
    rating: row.rating,
    comment: row.comment,
    contact: row.contact ? { name: row.contact.name, mobile: row.contact.mobile } : null,
    createdAt: row.createdAt.toISOString(),
  }));
}
