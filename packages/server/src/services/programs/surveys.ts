import { and, eq } from 'drizzle-orm';
import { fieldIssue, type routes, type Survey } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities, surveyResponses, surveys } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { toSurvey } from '../surveys/definition.js';

type CreateContext = ServiceContext<typeof routes.createSurvey>;
type UpdateContext = ServiceContext<typeof routes.updateSurvey>;
type VersionContext = ServiceContext<typeof routes.createSurveyVersion>;

/**
 * `POST /v1/surveys`: a survey of a community of the caller's district (or, without one, of the
 * whole district; the binder lets only a district admin do that). It starts open, version 1.
 */
export async function createSurvey(ctx: CreateContext): Promise<Survey> {
  const { tx, auth, body, messages } = ctx;
  if (body.communityId !== undefined) {
    const [community] = await tx
      .select({ code: communities.code })
      .from(communities)
      .where(
        and(
          eq(communities.code, body.communityId),
          eq(communities.districtCode, auth.districtCode),
        ),
      );
    if (!community) {
      throw new DomainError('validation_failed', [
        fieldIssue(['communityId'], 'invalid', undefined, messages),
      ]);
    }
  }
  const [row] = await tx
    .insert(surveys)
    .values({
      id: newId('svy'),
      districtCode: auth.districtCode,
      communityCode: body.communityId ?? null,
      title: body.title,
      description: body.description,
      subjectType: body.subjectType,
      questions: body.questions,
      resultsPublic: body.resultsPublic,
    })
    .returning();
  await ctx.audit('survey.create', 'survey', row!.id, { communityId: row!.communityCode });
  return toSurvey(row!);
}

/**
 * `PATCH /v1/surveys/{id}`: title, description, results setting and open/closed at any time; new
 * questions only while no response exists (`409 survey_questions_frozen`). The survey's row is
 * locked first and a response holds a share lock on it (`respondToSurvey`), so no response can
 * slip in between the check and the change.
 */
export async function updateSurvey(ctx: UpdateContext): Promise<Survey> {
  const { tx, auth, params, body } = ctx;
  const current = await lockSurvey(tx, auth.districtCode, params.id);
  if (body.questions !== undefined && (await hasResponses(tx, current.id))) {
    throw new DomainError('survey_questions_frozen');
  }
  const [row] = await tx
    .update(surveys)
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.resultsPublic !== undefined ? { resultsPublic: body.resultsPublic } : {}),
      ...(body.open !== undefined ? { open: body.open } : {}),
      ...(body.questions !== undefined ? { questions: body.questions } : {}),
    })
    .where(eq(surveys.id, current.id))
    .returning();
  await ctx.audit('survey.update', 'survey', current.id, { fields: Object.keys(body) });
  return toSurvey(row!);
}

/**
 * `POST /v1/surveys/{id}/versions`: a new survey with the given questions replaces this one. Only
 * the latest version may be replaced (`409 invalid_status_transition` for one already replaced);
 * the old version closes and points to the new one, and keeps its responses.
 */
export async function createSurveyVersion(ctx: VersionContext): Promise<Survey> {
  const { tx, auth, params, body } = ctx;
  const current = await lockSurvey(tx, auth.districtCode, params.id);
  if (current.replacedById !== null) throw new DomainError('invalid_status_transition');
  const id = newId('svy');
  const [row] = await tx
    .insert(surveys)
    .values({
      id,
      districtCode: current.districtCode,
      communityCode: current.communityCode,
      title: body.title ?? current.title,
      description: body.description ?? current.description,
      subjectType: current.subjectType,
      questions: body.questions,
      resultsPublic: current.resultsPublic,
      version: current.version + 1,
      previousVersionId: current.id,
    })
    .returning();
  await tx.update(surveys).set({ open: false, replacedById: id }).where(eq(surveys.id, current.id));
  await ctx.audit('survey.version.create', 'survey', id, {
    previousVersionId: current.id,
    version: row!.version,
  });
  return toSurvey(row!);
}

async function lockSurvey(tx: Executor, districtCode: string, id: string) {
  const [row] = await tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, id), eq(surveys.districtCode, districtCode)))
    .for('update');
  if (!row) throw new DomainError('not_found');
  return row;
}

async function hasResponses(tx: Executor, surveyId: string): Promise<boolean> {
  const found = await tx
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .limit(1);
  return found.length > 0;
}
