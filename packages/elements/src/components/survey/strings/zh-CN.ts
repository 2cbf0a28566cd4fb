import type { Locale } from '@wushe/schema';

/**
 * The names of the five 政务服务"好差评" levels, keyed by the rating (5 best). Exported on their
 * own so `<wushe-survey-results>` labels its charts with the very words residents chose from.
 */
export interface RatingLevelNames {
  readonly 5: string;
  readonly 4: string;
  readonly 3: string;
  readonly 2: string;
  readonly 1: string;
}

export const ratingLevels: RatingLevelNames = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** The wording of `<wushe-survey>` in one locale. `{name}` are placeholders. */
export interface SurveyStrings {
  readonly locale: Locale;
  readonly levels: RatingLevelNames;
  /** The heading before the survey has loaded, or when it cannot be. */
  readonly title: string;
  readonly anonymous: string;
  readonly chooseOne: string;
  readonly chooseSome: string;
  readonly chooseAtMost: string;
  readonly npsEnds: string;
  readonly maxLength: string;
  readonly remaining: string;
  readonly answerOne: string;
  readonly followUpTitle: string;
  readonly followUpIntro: string;
  readonly contactName: string;
  readonly contactMobile: string;
  readonly contactConsent: string;
  readonly policy: string;
  readonly opensNewWindow: string;
  readonly send: string;
  readonly thanks: string;
  readonly thanksNext: string;
  readonly thanksFollowUp: string;
  readonly answeredBefore: string;
  readonly answeredBeforeNext: string;
  readonly closed: string;
  readonly notFound: string;
  readonly misconfigured: string;
  readonly sendFailed: string;
}

export const zhCN: SurveyStrings = {
  locale: 'zh-CN',
  levels: ratingLevels,
  title: '满意度评价',
  anonymous: '评价是匿名的：我们不会记录您的姓名或手机号。除标明“选填”的题目外，每题都需要回答。',
  chooseOne: '请选择一项',
  chooseSome: '请至少选择一项',
  chooseAtMost: '最多选择 {count} 项',
  npsEnds: '0 分表示{low}，10 分表示{high}',
  maxLength: '最多 {count} 字',
  remaining: '还可以输入 {count} 字',
  answerOne: '请至少回答一道题再提交',
  followUpTitle: '希望工作人员联系您吗？',
  followUpIntro:
    '很抱歉这次服务没有让您满意。如果希望社区工作人员打电话了解情况（回访），可以留下称呼和手机号；不留也可以直接提交，评价仍然匿名。',
  contactName: '称呼',
  contactMobile: '手机号',
  contactConsent: '我同意社区工作人员使用以上信息，就这次评价与我联系',
  policy: '《个人信息保护说明》',
  opensNewWindow: '（在新窗口打开）',
  send: '提交评价',
  thanks: '感谢您的评价！',
  thanksNext: '您的意见会用于改进社区服务。',
  thanksFollowUp: '社区工作人员会尽快打电话与您联系。',
  answeredBefore: '您已经评价过这项服务，感谢参与',
  answeredBeforeNext: '每项服务每人评价一次（一事一评）。',
  closed: '这项评价已经结束，感谢您的关注。',
  notFound: '没有找到这项评价，它可能已经结束。',
  misconfigured: '这个评价组件缺少 survey 或 subject 设置，暂时无法评价。请联系网站管理员。',
  sendFailed: '评价没有提交成功，您填写的内容都还在，请稍后重试。',
};
