import type { Locale, QueueKind } from '@wushe/schema';

/** The queue counts' wording, in one locale. */
export interface QueueCountsStrings {
  readonly locale: Locale;
  readonly title: string;
  /** Each work list's name. */
  readonly lists: Readonly<Record<QueueKind, string>>;
  /** `{count}`: items waiting in a list. */
  readonly waiting: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: QueueCountsStrings = {
  locale: 'zh-CN',
  title: '我的待办',
  lists: {
    needs_review: '待审核的需求',
    needs_reported: '被举报的需求',
    donations_pending: '待确认的捐赠',
    follow_ups: '待回访的差评',
    proposals_to_score: '待评审的申报',
  },
  waiting: '{count} 项',
  forbidden: '您的账号无权查看待办',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
