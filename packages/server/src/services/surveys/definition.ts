import { and, eq } from 'drizzle-orm';
import { Survey, type Question } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { surveys } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

/**
 * The survey `id` of the district, checked against the contract's Survey schema. Another
 * district's survey is `not_found`, exactly like one that does not exist, so a key never learns
 * what other tenants hold.
 */
export async function findSurvey(tx: Executor, districtCode: string, id: string): Promise<Survey> {
  const [row] = await tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, id), eq(surveys.districtCode, districtCode)))
    .limit(1);
  if (!row) throw new DomainError('not_found');
  return toSurvey(row);
}

/** A stored survey as the contract's Survey; one that breaks the schema is a server fault. */
export function toSurvey(row: typeof surveys.$inferSelect): Survey {
  // Rows are written by staff tooling and seeds, not through this API: a definition that breaks
  // the schema is a server fault (500), and must not reach answer checks that trust its shape.
  const parsed = Survey.safeParse({
    id: row.id,
    title: row.title,
    description: row.description,
    subjectType: row.subjectType,
    questions: row.questions,
    resultsPublic: row.resultsPublic,
    open: row.open,
    communityId: row.communityCode,
    version: row.version,
    previousVersionId: row.previousVersionId,
    replacedById: row.replacedById,
  });
  if (!parsed.success) {
    throw new Error(`survey ${row.id} does not match the Survey schema: ${parsed.error.message}`);
  }
  return parsed.data;
}

/**
 * Share-locks a survey's row until the transaction ends, before its definition is read: staff
 * cannot change its questions (`updateSurvey` locks it for update) while an answer is recorded.
 */
export async function holdSurveyQuestions(tx: Executor, id: string): Promise<void> {
  await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, id)).for('share');
}

/** The first question of a type: CSAT reads the first rating, NPS the first nps question. */
export function firstOfType<T extends Question['type']>(
  survey: Survey,
  type: T,
): Extract<Question, { type: T }> | undefined {
  return survey.questions.find(
    (question): question is Extract<Question, { type: T }> => question.type === type,
  );
}
