import type { Locale } from '@wushe/schema';
import { ratingLevels, type RatingLevelNames } from '../../survey/strings/zh-CN.js';

/** The wording of `<wushe-survey-results>` in one locale. `{name}` are placeholders. */
export interface SurveyResultsStrings {
  readonly locale: Locale;
  /** The 好差评 levels, the same words the survey offered. */
  readonly levels: RatingLevelNames;
  /** The heading before the survey has loaded, or when it cannot be. */
  readonly heading: string;
  readonly title: string;
  readonly responses: string;
  readonly csat: string;
  readonly csatExplained: string;
  readonly nps: string;
  readonly npsExplained: string;
  readonly interval: string;
  readonly intervalExplained: string;
  readonly answered: string;
  readonly mean: string;
  readonly choice: string;
  readonly count: string;
  readonly share: string;
  readonly tableCaption: string;
  readonly multiNote: string;
  readonly npsGroups: string;
  readonly withheldAll: string;
  readonly withheldQuestion: string;
  readonly textNotShown: string;
  readonly none: string;
  readonly notPublic: string;
  readonly notFound: string;
  readonly misconfigured: string;
}

export const zhCN: SurveyResultsStrings = {
  locale: 'zh-CN',
  levels: ratingLevels,
  heading: '评价结果',
  title: '{title}：评价结果',
  responses: '共 {count} 份评价',
  csat: '满意率',
  csatExplained: '评价为“满意”或“非常满意”的比例。',
  nps: '净推荐值（NPS）',
  npsExplained: '给 9–10 分的人所占比例减去给 0–6 分的人所占比例，范围 −100 至 100。',
  interval: '95% 置信区间 {low} 至 {high}',
  intervalExplained: '置信区间是真实数值很可能所在的范围；评价越多，范围越窄。',
  answered: '{count} 人作答',
  mean: '平均 {mean} 分',
  choice: '选项',
  count: '人数',
  share: '占作答人数',
  tableCaption: '{prompt}：各选项人数',
  npsGroups: '0–6 分计为贬损者，7–8 分为中立者，9–10 分为推荐者。',
  multiNote: '可多选，各项比例相加可超过 100%。',
  withheldAll:
    '目前评价不足 {minimum} 份。为保护评价人的隐私，评价达到 {minimum} 份后才公布统计结果。',
  withheldQuestion: '本题作答不足 {minimum} 人，为保护评价人的隐私，暂不公布。',
  textNotShown: '文字意见只供工作人员改进服务，不公开。',
  none: '还没有人评价。',
  notPublic: '这项评价的结果不公开。',
  notFound: '没有找到这项评价。',
  misconfigured: '这个结果组件缺少 survey 设置，无法显示。请联系网站管理员。',
};
