import { and, eq, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import {
  activities,
  communities,
  followUpRecords,
  organizations,
  projects,
  surveyResponses,
  surveys,
} from '../../db/tables/index.js';
import { FOLLOW_UP_MAXIMUM } from '../surveys/statistics.js';

/*
 * What makes a survey response a follow-up (回访) and where it belongs, in SQL over
 * `survey_responses` joined to its `surveys` row: the one definition the work list, the route
 * binder's scope check and the recording share.
 */

/** The response's answer to its survey's first rating question (好差评, 1–5). */
export const rating = sql<number>`(
  select (a->>'value')::int from jsonb_array_elements(${surveyResponses.answers}) a
  where a->>'questionId' = (
    select q->>'id' from jsonb_array_elements(${surveys.questions}) with ordinality as t(q, n)
    where q->>'type' = 'rating' order by n limit 1
  )
)`;

/** The community of what the response rates: a community service, activity, project or organization. */
export const subjectCommunity = sql<string | null>`(case ${surveys.subjectType}
  when 'community_service' then ${surveyResponses.subjectId}
  when 'activity' then (select ${activities.communityCode} from ${activities} where ${activities.id} = ${surveyResponses.subjectId})
  when 'project' then (select ${projects.communityCode} from ${projects} where ${projects.id} = ${surveyResponses.subjectId})
  when 'organization' then (select ${organizations.communityCode} from ${organizations} where ${organizations.id} = ${surveyResponses.subjectId})
end)`;

/** Its street: the community's, or a street-wide organization's own. */
export const subjectStreet = sql<string | null>`coalesce(
  (select ${communities.streetCode} from ${communities} where ${communities.code} = ${subjectCommunity}),
  (case ${surveys.subjectType} when 'organization' then (select ${organizations.streetCode} from ${organizations} where ${organizations.id} = ${surveyResponses.subjectId}) end)
)`;

/** A low rating (不满意 or worse) that no one has followed up yet. */
export const awaitingFollowUp = and(
  sql`${rating} <= ${FOLLOW_UP_MAXIMUM}`,
  notExists(
    sql`(select 1 from ${followUpRecords} where ${followUpRecords.responseId} = ${surveyResponses.id})`,
  ),
);

/**
 * Where a response is, for the route binder's scope check: its survey's district and the
 * community and street of what it rates. A response that is not found has no place.
 */
export async function placeOfResponse(db: Executor, id: string) {
  const [row] = await db
    .select({
      districtCode: surveys.districtCode,
      communityCode: subjectCommunity,
      streetCode: subjectStreet,
    })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(eq(surveyResponses.id, id));
  return row;
}

/** The response `id` of `district` when it is a low rating still awaiting its follow-up. */
export async function responseAwaitingFollowUp(tx: Executor, district: string, id: string) {
  const [row] = await tx
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(and(eq(surveyResponses.id, id), eq(surveys.districtCode, district), awaitingFollowUp));
  return row;
}
