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
  /** The reported needs' list (kind `needs_reported`). */
  readonly reportedTitle: string;
  /** `{count}`: reported needs waiting for a decision. */
  readonly reportedCount: string;
  readonly reportedEmpty: string;
  /** `{count}`: how many times residents reported the need. */
  readonly reports: string;
  readonly hiddenNow: string;
  readonly visibleNow: string;
  readonly hide: string;
  readonly keepHidden: string;
  readonly restore: string;
  /** `{title}`: announced once a need is hidden, or shown again. */
  readonly hidden: string;
  readonly restored: string;
  readonly service: string;
  readonly wish: string;
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
  reportedTitle: '被举报的需求',
  reportedCount: '共 {count} 条待处理',
  reportedEmpty: '暂无被举报的需求',
  reports: '被举报 {count} 次',
  hiddenNow: '已对居民隐藏',
  visibleNow: '仍对居民公开',
  hide: '隐藏',
  keepHidden: '保持隐藏',
  restore: '恢复公开',
  hidden: '已隐藏：{title}',
  restored: '已恢复公开：{title}',
  service: '服务需求',
  wish: '微心愿',
};

export const strings = zhCN;
