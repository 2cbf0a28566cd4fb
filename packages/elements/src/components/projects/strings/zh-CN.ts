import type { Locale, ProjectKind, ProjectStatus } from '@wushe/schema';

/** The wording of `<wushe-projects>` in one locale. `{name}` are placeholders. */
export interface ProjectsStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly filters: string;
  readonly kind: string;
  readonly status: string;
  readonly all: string;
  readonly kinds: Readonly<Record<ProjectKind, string>>;
  readonly statuses: Readonly<Record<ProjectStatus, string>>;
  /** A project in progress with no public update for 180 days. */
  readonly quiet: string;
  readonly organization: string;
  readonly budget: string;
  readonly period: string;
  /** `{start}` – `{end}`; an open end reads as "起". */
  readonly periodRange: string;
  readonly periodFrom: string;
  readonly lastUpdate: string;
  readonly noUpdate: string;
  readonly details: string;
  readonly back: string;
  readonly money: string;
  readonly raised: string;
  readonly used: string;
  readonly noFund: string;
  readonly updates: string;
  readonly reportedBy: Readonly<Record<'organization' | 'social_worker' | 'staff', string>>;
  readonly noUpdates: string;
  readonly satisfaction: string;
  readonly notFound: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  /** Announced after a page was added: `{count}` projects. */
  readonly loaded: string;
  /** A call's heading: `{title}`. */
  readonly openCall: string;
  readonly closedCall: string;
  /** `{date}`: when proposals close. */
  readonly callCloses: string;
  readonly callBudget: string;
  readonly voteRule: string;
  readonly vote: string;
  /** The vote button's accessible name: `{title}`. */
  readonly voteFor: string;
  readonly voting: string;
  /** `{title}`: the proposal voted for. */
  readonly voted: string;
  readonly votedBefore: string;
  readonly countsHidden: string;
  readonly proposedBy: string;
  readonly rank: string;
  readonly votes: string;
  readonly reviewerScore: string;
  readonly blendedScore: string;
  readonly funded: string;
}

export const zhCN: ProjectsStrings = {
  locale: 'zh-CN',
  title: '社区项目',
  filters: '筛选项目',
  kind: '项目类型',
  status: '项目状态',
  all: '全部',
  kinds: {
    government_purchase: '政府购买服务',
    venture: '公益创投',
    micro_venture: '微创投',
    community_building: '社区营造',
  },
  statuses: {
    proposed: '申报中',
    approved: '已立项',
    in_progress: '实施中',
    completed: '已结项',
    rejected: '未通过',
    cancelled: '已取消',
  },
  quiet: '已超过 180 天未公开进展，暂停拨款',
  organization: '执行机构',
  budget: '预算',
  period: '周期',
  periodRange: '{start} 至 {end}',
  periodFrom: '{start} 起',
  lastUpdate: '最近进展',
  noUpdate: '尚无公开进展',
  details: '查看项目',
  back: '返回项目列表',
  money: '资金',
  raised: '已筹集',
  used: '已使用',
  noFund: '无募捐',
  updates: '项目进展',
  reportedBy: { organization: '执行机构', social_worker: '社工', staff: '社区工作人员' },
  noUpdates: '尚无公开进展。',
  satisfaction: '居民满意度',
  notFound: '找不到这个项目。',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  loaded: '已加载 {count} 个项目',
  openCall: '正在征集：{title}',
  closedCall: '征集结果：{title}',
  callCloses: '申报截止 {date}',
  callBudget: '资助总额 {amount}',
  voteRule: '每户一票，投出后不能更改。票数在征集结束后公布。',
  vote: '投票',
  voteFor: '投票给“{title}”',
  voting: '正在投票…',
  voted: '已投票给“{title}”。感谢参与，票数将在征集结束后公布。',
  votedBefore: '本户已经在这次征集中投过票。票数将在征集结束后公布。',
  countsHidden: '票数在征集结束后公布',
  proposedBy: '申报机构',
  rank: '第 {rank} 名',
  votes: '{votes} 票（{share}）',
  reviewerScore: '评审得分 {score}',
  blendedScore: '综合得分 {score}',
  funded: '已立项',
};
