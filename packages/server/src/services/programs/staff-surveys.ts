import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { routes, StaffSurveys } from '@wushe/schema';
import { communities, surveyResponses, surveys } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { reachesNothing, reachOf, withinReach } from '../staff-queue/reach.js';
import { toSurvey } from '../surveys/definition.js';

type ListContext = ServiceContext<typeof routes.listStaffSurveys>;

/** The most one answer lists: a district's surveys fit. */
const LIMIT = 200;

/**
 * `GET /v1/staff/surveys`: the surveys of the communities within the caller's scopes (the roles
 * that run surveys) and, for a district admin, the district's own (no community), narrowed to
 * `community` or `street`; open first, then by title, each with its number of responses.
 */
export async function listStaffSurveys(ctx: ListContext): Promise<StaffSurveys> {
  const { tx, auth, query } = ctx;
  const reach = reachOf(auth, ['district_admin', 'street_staff', 'community_staff']);
  if (reachesNothing(reach)) return { data: [] };
  const street = sql`(select ${communities.streetCode} from ${communities} where ${communities.code} = ${surveys.communityCode})`;
  const place: SQL | undefined = query.community
    ? eq(surveys.communityCode, query.community)
    : query.street
      ? inArray(
          surveys.communityCode,
          tx
            .select({ code: communities.code })
            .from(communities)
            .where(eq(communities.streetCode, query.street)),
        )
      : undefined;
  const reached = reach.district
    ? undefined
    : and(
        sql`${surveys.communityCode} is not null`,
        withinReach(reach, street, surveys.communityCode),
      );
  const responses = tx
    .select({ surveyId: surveyResponses.surveyId, n: count().as('n') })
    .from(surveyResponses)
    .groupBy(surveyResponses.surveyId)
    .as('responses');
  const rows = await tx
    .select({ survey: surveys, n: sql<number>`coalesce(${responses.n}, 0)`.mapWith(Number) })
    .from(surveys)
    .leftJoin(responses, eq(responses.surveyId, surveys.id))
    .where(and(eq(surveys.districtCode, auth.districtCode), place, reached))
    .orderBy(desc(surveys.open), asc(surveys.title), desc(surveys.version), asc(surveys.id))
    .limit(LIMIT);
  return {
    data: rows.map((row) => ({ ...toSurvey(row.survey), responses: row.n })),
  };
}
