import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/database.js';
import { followUpRecords, surveyResponses, surveys } from '../../db/tables/index.js';
import { rating, subjectCommunity, subjectStreet } from '../follow-ups/low-ratings.js';
import { FOLLOW_UP_MAXIMUM } from '../surveys/statistics.js';

/**
 * The response's answer to its survey's first NPS question (0–10), as `rating` reads the first
 * rating question: the headline question of a survey is its first of the kind.
 */
const npsScore = sql<number>`(
  select (a->>'value')::int from jsonb_array_elements(${surveyResponses.answers}) a
  where a->>'questionId' = (
    select q->>'id' from jsonb_array_elements(${surveys.questions}) with ordinality as t(q, n)
    where q->>'type' = 'nps' order by n limit 1
  )
)`;

/**
 * The district's survey responses matching `where`, placed where what they rate is (the staff
 * queue's placing): columns `id`, `s` (street), `c` (community), `rating`, `score`, `created_at`.
 */
export function responsePlace(districtCode: string, where: SQL): SQL {
  return sql`select ${surveyResponses.id} as id, ${subjectStreet} as s, ${subjectCommunity} as c, ${rating} as rating,
                    ${npsScore} as score, ${surveyResponses.createdAt} as created_at
               from ${surveyResponses}
               join ${surveys} on ${surveys.id} = ${surveyResponses.surveyId}
              where ${and(eq(surveys.districtCode, districtCode), where)}`;
}

/** One 差评: where it is placed, when it came and when it was followed up (`null`: not yet). */
export interface LowRatingFact {
  readonly s: string | null;
  readonly c: string | null;
  readonly createdAt: Date;
  readonly followedUpAt: Date | null;
}

/** The 差评 (first rating ≤ 2) matching `where` and placed by `within`, one row each. */
export async function lowRatingFacts(
  tx: Executor,
  districtCode: string,
  where: SQL,
  within: (street: SQL, community: SQL) => SQL,
): Promise<LowRatingFact[]> {
  const rows = await queryRows<{
    s: string | null;
    c: string | null;
    created_at: unknown;
    followed_up_at: unknown;
  }>(
    tx,
    sql`select src.s, src.c, src.created_at, f.recorded_at as followed_up_at
          from (${responsePlace(districtCode, where)}) src
          left join ${followUpRecords} f on f.response_id = src.id
         where src.rating <= ${FOLLOW_UP_MAXIMUM} and ${within(sql`src.s`, sql`src.c`)}`,
  );
  return rows.map((row) => ({
    s: row.s,
    c: row.c,
    createdAt: new Date(row.created_at as string | Date),
    followedUpAt:
      row.followed_up_at === null ? null : new Date(row.followed_up_at as string | Date),
  }));
}
