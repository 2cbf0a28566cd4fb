import { sql, type SQL } from 'drizzle-orm';
import {
  MIN_PUBLIC_N,
  type Question,
  type QuestionResult,
  type Survey,
  type SurveyResults,
} from '@wushe/schema';
import { queryRows, type Executor } from '../../db/database.js';
import { firstOfType } from './definition.js';
import { csatEstimate, meanOf, npsEstimate } from './statistics.js';

/** Who reads the results: the public (a publishable key) sees only figures from n ≥ 10. */
export type Audience = 'public' | 'staff';

/** What the database counts: responses, answers per question, and choices per value. */
interface Tally {
  readonly n: number;
  readonly answered: ReadonlyMap<string, number>;
  /** questionId → value (as text: `4`, `opt_a`) → count; text questions are not tallied. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** The values each question type can take, in the order a chart shows them. */
function scaleOf(question: Question): (number | string)[] | null {
  switch (question.type) {
    case 'rating':
      return [1, 2, 3, 4, 5];
    case 'nps':
      return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    case 'single':
    case 'multi':
      return question.options.map((option) => option.id);
    case 'text':
      return null;
  }
}

/**
 * n, CSAT, NPS and per-question figures of a survey, for one subject or all of them. For the
 * public, every figure computed from fewer than MIN_PUBLIC_N answers is `null` and `suppressed`
 * says so: with a handful of respondents a distribution could point at a neighbour.
 */
export async function surveyResults(
  tx: Executor,
  survey: Survey,
  subjectId: string | null,
  audience: Audience,
): Promise<SurveyResults> {
  const tally = await tallyResponses(tx, survey, subjectId);
  let suppressed = false;
  /** Whether a figure computed from `base` answers is withheld from this audience. */
  const withhold = (base: number) => {
    const hidden = audience === 'public' && base < MIN_PUBLIC_N;
    suppressed ||= hidden;
    return hidden;
  };
  const countsOf = (question: Question) => numericCounts(question, tally);
  const answeredTo = (question: Question) => tally.answered.get(question.id) ?? 0;

  const rating = firstOfType(survey, 'rating');
  const nps = firstOfType(survey, 'nps');
  const csat = rating && !withhold(answeredTo(rating)) ? csatEstimate(countsOf(rating)) : null;
  const npsScore = nps && !withhold(answeredTo(nps)) ? npsEstimate(countsOf(nps)) : null;

  const questions = survey.questions.map((question): QuestionResult => {
    const n = answeredTo(question);
    const scale = scaleOf(question);
    const hasMean = question.type === 'rating' || question.type === 'nps';
    if (scale === null || withhold(n)) {
      return { questionId: question.id, type: question.type, n, mean: null, distribution: null };
    }
    const counts = tally.values.get(question.id);
    return {
      questionId: question.id,
      type: question.type,
      n,
      mean: hasMean ? meanOf(countsOf(question)) : null,
      distribution: scale.map((value) => ({ value, count: counts?.get(String(value)) ?? 0 })),
    };
  });

  return {
    surveyId: survey.id,
    subjectId,
    n: tally.n,
    minimumN: MIN_PUBLIC_N,
    suppressed,
    csat,
    nps: npsScore,
    questions,
  };
}

/** A rating's or score's counts keyed by number, for the statistics module; only scale values. */
function numericCounts(question: Question, tally: Tally): Map<number, number> {
  const counts = new Map<number, number>();
  const tallied = tally.values.get(question.id);
  for (const value of scaleOf(question) ?? []) {
    const count = tallied?.get(String(value)) ?? 0;
    if (typeof value === 'number' && count > 0) counts.set(value, count);
  }
  return counts;
}

interface TallyRow {
  kind: 'responses' | 'answered' | 'value';
  questionId: string | null;
  value: string | null;
  count: number;
}

/**
 * Counts in the database, in one statement so every count comes from the same snapshot (a
 * response arriving meanwhile cannot make n disagree with a question's n). Multiple-choice
 * answers are unnested so each chosen option counts once; text answers are never grouped, since
 * their distribution is not reported and grouping free text costs a sort of every comment.
 */
async function tallyResponses(
  tx: Executor,
  survey: Survey,
  subjectId: string | null,
): Promise<Tally> {
  const countable = survey.questions.filter((question) => question.type !== 'text');
  const isCountable: SQL = countable.length
    ? sql`a->>'questionId' in (${sql.join(
        countable.map((question) => sql`${question.id}`),
        sql`, `,
      )})`
    : sql`false`;
  const scope = subjectId === null ? sql`true` : sql`subject_id = ${subjectId}`;

  const rows = await queryRows<TallyRow>(
    tx,
    sql`
      with scoped as (
        select answers from survey_responses where survey_id = ${survey.id} and ${scope}
      ),
      answer_rows as (
        select a from scoped cross join lateral jsonb_array_elements(scoped.answers) a
      )
      select 'responses' as kind, null as "questionId", null as value, count(*)::int as count
        from scoped
      union all
      select 'answered', a->>'questionId', null, count(*)::int
        from answer_rows group by a->>'questionId'
      union all
      select 'value', a->>'questionId', v #>> '{}', count(*)::int
        from answer_rows
        cross join lateral jsonb_array_elements(
          case jsonb_typeof(a->'value') when 'array' then a->'value'
          else jsonb_build_array(a->'value') end
        ) v
        where ${isCountable}
        group by a->>'questionId', v #>> '{}'
    `,
  );

  let n = 0;
  const answered = new Map<string, number>();
  const values = new Map<string, Map<string, number>>();
  for (const row of rows) {
    // `count(*)::int`: both drivers return int4 as a JS number (a bare count(*) is int8, a string).
    const { count } = row;
    if (row.kind === 'responses') n = count;
    else if (row.kind === 'answered' && row.questionId !== null)
      answered.set(row.questionId, count);
    else if (row.kind === 'value' && row.questionId !== null && row.value !== null) {
      const perQuestion = values.get(row.questionId) ?? new Map<string, number>();
      perQuestion.set(row.value, count);
      values.set(row.questionId, perQuestion);
    }
  }
  return { n, answered, values };
}
