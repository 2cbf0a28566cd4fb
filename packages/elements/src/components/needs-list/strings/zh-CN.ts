import type { ClaimantType, Locale, NeedKind, NeedStatus, ReportReason } from '@wushe/schema';

/** The wording of `<wushe-needs-list>` in one locale. */
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
  readonly statuses: Readonly<Record<NeedStatus, string>>;
  readonly anonymous: string;
  readonly postedAt: string;
  readonly requester: string;
  readonly value: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  readonly loaded: string;
  readonly allLoaded: string;
  readonly emptyInvite: string;
  readonly live: { readonly created: string; readonly claimed: string; readonly updated: string };
  readonly claim: string;
  readonly claimTitle: string;
  readonly claimantType: string;
  readonly claimantTypes: Readonly<Record<ClaimantType, string>>;
  readonly name: string;
  readonly mobile: string;
  readonly note: string;
  readonly consent: string;
  readonly claimed: string;
  readonly claimedBy: string;
  readonly alreadyClaimed: string;
  readonly report: string;
  readonly reportTitle: string;
  readonly reason: string;
  readonly reasons: Readonly<Record<ReportReason, string>>;
  readonly reported: string;
  readonly alreadyReported: string;
  readonly post: string;
  readonly postTitle: string;
  readonly needTitle: string;
  readonly description: string;
  readonly valueYuan: string;
  readonly anonymousPost: string;
  readonly contact: string;
  readonly posted: string;
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
    pending_review: '待审核',
    open: '待认领',
    claimed: '已认领',
    fulfilled: '已完成',
    rejected: '未通过',
    closed: '已关闭',
  },
  anonymous: '匿名',
  postedAt: '发布时间',
  requester: '发布人',
  value: '价值',
  loadMore: '加载更多',
  loadingMore: '正在加载更多…',
  loaded: '已加载 {count} 条需求',
  allLoaded: '已全部加载',
  emptyInvite: '有需要帮助的事？欢迎发布需求。',
  live: {
    created: '新需求：{title}',
    claimed: '需求已被认领：{title}',
    updated: '需求已更新：{title}',
  },
  claim: '认领',
  claimTitle: '认领「{title}」',
  claimantType: '认领身份',
  claimantTypes: { volunteer: '志愿者', organization: '组织', donor: '捐赠人' },
  name: '姓名或组织名称',
  mobile: '手机号码',
  note: '留言',
  consent: '我同意社区按隐私政策使用以上信息联系我',
  claimed: '认领成功，社区工作人员会尽快联系您',
  claimedBy: '认领人：{name}',
  alreadyClaimed: '刚刚有人认领了这个需求，请看看其他需求。您填写的内容已保留。',
  report: '举报',
  reportTitle: '举报「{title}」',
  reason: '举报原因',
  reasons: {
    spam: '垃圾广告',
    offensive: '内容不当',
    does_not_belong: '不属于本社区',
    other: '其他原因',
  },
  reported: '已收到您的举报，工作人员会尽快核实',
  alreadyReported: '您已经举报过这个需求',
  post: '发布需求',
  postTitle: '发布需求',
  needTitle: '标题',
  description: '详细描述',
  valueYuan: '价值（元）',
  anonymousPost: '匿名发布（不公开姓名）',
  contact: '联系人',
  posted: '已提交，社区工作人员审核后将公开展示',
};
