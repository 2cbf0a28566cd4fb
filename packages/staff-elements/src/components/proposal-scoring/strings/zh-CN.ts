import type { Locale } from '@wushe/schema';

/** The proposal scoring's wording, in one locale. */
export interface ProposalScoringStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}` proposals waiting for the reviewer's scores. */
  readonly count: string;
  readonly empty: string;
  /** `{organization}`, `{budget}` of a proposal. */
  readonly proposalMeta: string;
  /** `{name}`, `{weight}` of a criterion. */
  readonly criterion: string;
  /** `{min}`–`{max}`: the criterion's range. */
  readonly range: string;
  readonly submit: string;
  /** `{title}`: announced once scored. */
  readonly scored: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: ProposalScoringStrings = {
  locale: 'zh-CN',
  title: '创投评审',
  count: '共 {count} 份提案待您评分',
  empty: '暂无待您评分的提案',
  proposalMeta: '{organization} · 申请 {budget}',
  criterion: '{name}（权重 {weight}）',
  range: '{min}–{max} 分',
  submit: '提交评分',
  scored: '已提交评分：{title}',
  actionFailed: '评分未成功：{message}',
  forbidden: '您的账号无权评审这里的提案',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
