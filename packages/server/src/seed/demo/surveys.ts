import { projectSurveyQuestions } from '@wushe/schema/examples';
import type { Question } from '@wushe/schema';
import { surveyResponses, surveys } from '../../db/tables/index.js';
import { sha256 } from '../../services/secrets.js';
import { ACTIVITY } from './activities.js';
import { PANYU } from './divisions.js';
import { PROJECT } from './projects.js';
import { beijingTime, DEMO_POLICY_VERSION, demoMobile, type SeedContext } from './support.js';

const SURVEY = {
  projects: 'svy_pyProjectRating',
  activities: 'svy_pyActivityRating',
} as const;

const ACTIVITY_QUESTIONS: Question[] = [
  { id: 'overall', type: 'rating', prompt: '您对这次活动的总体评价', required: true },
  { id: 'comment', type: 'text', prompt: '想对组织者说的话', required: false, maxLength: 300 },
];

/**
 * The ratings residents gave, best first: mostly 满意 and above, with a few 不满意 that staff must
 * call back (回访). Each respondent's other answers follow from their rating.
 */
const MAIN_RATINGS = [
  5, 5, 4, 5, 3, 5, 4, 5, 5, 2, 4, 5, 5, 4, 3, 5, 1, 4, 5, 5, 4, 5, 3, 4, 5, 5, 4, 2, 5, 4, 5, 5, 3,
  4, 5, 1,
];
/** The second project has too few responses to publish: the results hide every figure. */
const SMALL_RATINGS = [5, 4, 4, 5, 3, 5];

const NPS_BY_RATING: Record<number, readonly number[]> = {
  5: [10, 9, 10, 9, 8],
  4: [8, 9, 7, 8],
  3: [6, 7, 5],
  2: [4, 3],
  1: [0, 2],
};
const BEST_CHOICES = [
  ['staff', 'timely'],
  ['professional'],
  ['staff', 'convenient', 'content'],
  ['timely'],
];
const HEARD = ['neighbour', 'committee', 'social_worker', 'wechat'];
const COMMENTS: Record<number, readonly string[]> = {
  5: ['社工很耐心，服务及时。', '探访很贴心，老人家很开心。', ''],
  4: ['希望活动时间可以安排在周末。', ''],
  3: ['预约电话经常打不通。', ''],
  2: ['上门时间改了两次，没有提前通知。'],
  1: ['反映的问题一直没人跟进，希望尽快回复。'],
};
/** Low raters who left a contact and agreed to a call back. */
const CALL_BACK_NAMES = ['冯伯', '卢女士', '杜先生', '袁阿姨', '林先生'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** One respondent's answers to the project survey, derived from their rating. */
function projectAnswers(rating: number, i: number) {
  const answers: { questionId: string; value: number | string | string[] }[] = [
    { questionId: 'overall', value: rating },
    { questionId: 'recommend', value: pick(NPS_BY_RATING[rating]!, i) },
  ];
  // Not everyone answers the optional questions.
  if (i % 4 !== 3) answers.push({ questionId: 'heard', value: pick(HEARD, i) });
  if (rating >= 3 && i % 3 !== 2)
    answers.push({ questionId: 'best', value: [...pick(BEST_CHOICES, i)] });
  const comment = pick(COMMENTS[rating]!, i);
  if (comment) answers.push({ questionId: 'comment', value: comment });
  return answers;
}

/** Responses to one subject, spread over the `withinDays` before the seed (after the service). */
function responsesFor(
  surveyId: string,
  subjectId: string,
  ratings: readonly number[],
  answersOf: typeof projectAnswers,
  { now, withinDays }: { now: Date; withinDays: number },
) {
  const slug = subjectId.replace(/^[a-z]+_/, '');
  let lowRaters = 0;
  return ratings.map((rating, i) => {
    // Two of every three dissatisfied respondents leave a contact so staff can call back (回访).
    const leavesContact = rating <= 2 && lowRaters++ % 3 !== 2;
    const contact = leavesContact
      ? {
          name: pick(CALL_BACK_NAMES, i),
          mobile: demoMobile(600 + i),
          consentVersion: DEMO_POLICY_VERSION,
        }
      : null;
    return {
      id: `rsp_${slug.slice(0, 20)}${String(i + 1).padStart(3, '0')}`,
      surveyId,
      subjectId,
      // A stand-in for the keyed hash of a widget's respondent token: unique per respondent.
      respondentHash: sha256(`wushe-demo-respondent:${surveyId}:${subjectId}:${i}`),
      answers: answersOf(rating, i),
      contact,
      createdAt: beijingTime(now, -1 - (i % withinDays), 9 + (i % 12)),
    };
  });
}

/**
 * The 满意度评价 surveys: project ratings, public, with enough responses on the main project to
 * show CSAT and NPS and too few on a micro project (suppressed); and an activity survey whose
 * results only staff read.
 */
export async function seedSurveys({ tx, now }: SeedContext): Promise<void> {
  await tx.insert(surveys).values([
    {
      id: SURVEY.projects,
      districtCode: PANYU,
      title: '社区服务项目满意度评价',
      description:
        '一事一评：请对您参与或受益的“五社联动”服务项目作出评价，结果将用于项目评估和改进。',
      subjectType: 'project',
      questions: projectSurveyQuestions,
      resultsPublic: true,
    },
    {
      id: SURVEY.activities,
      districtCode: PANYU,
      title: '志愿活动评价',
      description: '请为您参加的志愿活动打分，帮助组织者把活动办得更好。',
      subjectType: 'activity',
      questions: ACTIVITY_QUESTIONS,
      resultsPublic: false,
    },
  ]);
  await tx.insert(surveyResponses).values([
    ...responsesFor(SURVEY.projects, PROJECT.main, MAIN_RATINGS, projectAnswers, {
      now,
      withinDays: 30,
    }),
    ...responsesFor(SURVEY.projects, PROJECT.microVenture, SMALL_RATINGS, projectAnswers, {
      now,
      withinDays: 30,
    }),
    ...responsesFor(
      SURVEY.activities,
      ACTIVITY.elderHaircut,
      [5, 5, 4, 5, 4, 5, 3, 5, 5, 4, 5, 2],
      (rating, i) => {
        const comment = pick(COMMENTS[rating]!, i + 1);
        return [
          { questionId: 'overall', value: rating },
          ...(comment ? [{ questionId: 'comment', value: comment }] : []),
        ];
      },
      // The 义剪日 was eight days ago: its ratings came in since.
      { now, withinDays: 7 },
    ),
  ]);
}
