import type { Locale } from '@wushe/schema';

/** The review queue's wording, in one locale. */
export interface ReviewQueueStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}`: needs awaiting review (on this page). */
  readonly count: string;
  readonly empty: string;
  readonly posted: string;
  readonly anonymous: string;
  readonly approve: string;
  readonly reject: string;
  readonly reason: string;
  readonly reasonHint: string;
  readonly confirmReject: string;
  readonly cancel: string;
  readonly more: string;
  /** `{title}`: announced once a need is approved. */
  readonly approved: string;
  readonly rejected: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: ReviewQueueStrings = {
  locale: 'zh-CN',
  title: '待审核的需求',
  count: '共 {count} 条待审核',
  empty: '暂无待审核的需求',
  posted: '提交于',
  anonymous: '匿名',
  approve: '通过审核',
  reject: '驳回',
  reason: '驳回理由',
  reasonHint: '居民会看到这条理由',
  confirmReject: '确认驳回',
  cancel: '取消',
  more: '加载更多',
  approved: '已通过审核：{title}',
  rejected: '已驳回：{title}',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的账号无权审核这里的需求',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
