import { ratingLevels } from '../../survey/strings/en.js';
import type { SurveyResultsStrings } from './zh-CN.js';

export const strings: SurveyResultsStrings = {
  locale: 'en',
  levels: ratingLevels,
  heading: 'Survey results',
  title: '{title}: results',
  responses: '{count} responses',
  csat: 'Satisfaction (CSAT)',
  csatExplained: 'The share of ratings that are “Satisfied” or “Very satisfied”.',
  nps: 'Net Promoter Score (NPS)',
  npsExplained: 'The share scoring 9–10 minus the share scoring 0–6, from −100 to 100.',
  interval: '95% confidence interval {low} to {high}',
  intervalExplained:
    'The confidence interval is the range the true figure very likely lies in; more responses make it narrower.',
  answered: '{count} answered',
  mean: 'average {mean}',
  choice: 'Answer',
  count: 'People',
  share: 'Share of those who answered',
  tableCaption: '{prompt}: people per answer',
  npsGroups: '0–6 count as detractors, 7–8 as passives, 9–10 as promoters.',
  multiNote: 'Several answers could be chosen, so the shares may add up to more than 100%.',
  withheldAll:
    'Fewer than {minimum} responses so far. To protect respondents’ privacy, results are published from {minimum} responses on.',
  withheldQuestion:
    'Fewer than {minimum} people answered this question; to protect their privacy it is not shown.',
  textNotShown: 'Written comments are for staff improving the service and are not published.',
  none: 'Nobody has responded yet.',
  notPublic: 'The results of this survey are not public.',
  notFound: 'This survey could not be found.',
  misconfigured:
    'This results widget is missing its survey setting, so it cannot show anything. Please tell the site administrator.',
};
