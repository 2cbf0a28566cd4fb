import type { Locale, NeedKind, PublicNeedStatus } from '@wushe/schema';

/**
 * The wording of `<wushe-needs-list>`'s list in one locale: what the first render needs. The
 * dialogs' wording is in `dialogs/strings/`, loaded with the dialogs on first open.
 */
export interface NeedsListStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly filters: string;
  readonly search: string;
  readonly searchButton: string;
  readonly kind: string;
  readonly category: string;
  readonly status: string;
  readonly all: string;
  readonly kinds: Readonly<Record<NeedKind, string>>;
  /** The statuses a public need can have. */
  readonly statuses: Readonly<Record<PublicNeedStatus, string>>;
  readonly anonymous: string;
  readonly postedAt: string;
  readonly requester: string;
  readonly value: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  /** Announced after a page was added: `{count}` needs. */
  readonly loaded: string;
  /** Announced after the last page was added. */
  readonly loadedLast: string;
  readonly emptyInvite: string;
  readonly live: { readonly created: string; readonly claimed: string; readonly updated: string };
  readonly claim: string;
  readonly claimedBy: string;
  readonly report: string;
  readonly post: string;
  /** A dialog's code could not be loaded (the connection dropped). */
  readonly openFailed: string;
}

export const zhCN: NeedsListStrings = {
  locale: 'zh-CN',
  title: '需求清单',
  filters: '筛选需求',
  search: '搜索需求',
  searchButton: '搜索',
  kind: '类型',
  category: '类别',
  status: '状态',
  all: '全部',
  kinds: { service: '服务需求', wish: '微心愿' },
  statuses: {
    open: '待认领',
    claimed: '已认领',
    fulfilled: '已完成',
  },
  anonymous: '匿名',
  postedAt: '发布时间',
  requester: '发布人',
  value: '价值',
  loadMore: '加载更多',
  loadingMore: '正在加载更多…',
  loaded: '已加载 {count} 条需求',
  loadedLast: '已加载 {count} 条需求，已全部加载',
  emptyInvite: '有需要帮助的事？欢迎发布需求。',
  live: {
    created: '新需求：{title}',
    claimed: '需求已被认领：{title}',
    updated: '需求已更新：{title}',
  },
  claim: '认领',
  claimedBy: '认领人：{name}',
  report: '举报',
  post: '发布需求',
  openFailed: '暂时无法打开，请检查网络后再试一次',
};
