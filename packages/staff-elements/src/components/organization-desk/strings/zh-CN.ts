import type { Locale, ProposalProgress } from '@wushe/schema';

/** The organization desk's wording, in one locale. */
export interface OrganizationDeskStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{organization}`: whose desk this is. */
  readonly subtitle: string;
  readonly pickOrganization: string;
  readonly empty: string;
  readonly needsTitle: string;
  readonly needsEmpty: string;
  /** `{category}`, `{date}` of a need. */
  readonly needMeta: string;
  /** `{note}` staff left with the match. */
  readonly matchNote: string;
  readonly claim: string;
  readonly claimedByUs: string;
  /** `{claimant}` who took the need instead. */
  readonly claimedByOther: string;
  /** `{title}`: announced once a need is claimed. */
  readonly claimed: string;
  readonly callsTitle: string;
  readonly callsEmpty: string;
  /** `{budget}`, `{deadline}` of a call. */
  readonly callMeta: string;
  readonly startProposal: string;
  readonly proposalTitle: string;
  readonly need: string;
  readonly noNeed: string;
  readonly needHint: string;
  readonly budget: string;
  readonly budgetHint: string;
  readonly summary: string;
  readonly summaryHint: string;
  readonly submitProposal: string;
  /** `{title}`, `{call}`: announced once a proposal is sent. */
  readonly proposed: string;
  readonly proposalsTitle: string;
  readonly proposalsEmpty: string;
  /** `{call}`, `{budget}` of a proposal. */
  readonly proposalMeta: string;
  /** `{rank}` once ranked. */
  readonly progress: Readonly<Record<ProposalProgress, string>>;
  readonly projectsTitle: string;
  readonly projectsEmpty: string;
  readonly cancel: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: OrganizationDeskStrings = {
  locale: 'zh-CN',
  title: '机构工作台',
  subtitle: '{organization}',
  pickOrganization: '机构',
  empty: '这里没有您可查看的社会组织或社工站',
  needsTitle: '对接给我们的需求',
  needsEmpty: '暂无对接给本机构的需求',
  needMeta: '{category} · {date}',
  matchNote: '工作人员留言：{note}',
  claim: '认领',
  claimedByUs: '已由本机构认领',
  claimedByOther: '已由{claimant}认领',
  claimed: '已认领「{title}」',
  callsTitle: '可申报的征集',
  callsEmpty: '暂无开放申报的征集',
  callMeta: '总预算 {budget} · {deadline} 截止申报',
  startProposal: '填写申报',
  proposalTitle: '项目名称',
  need: '对应需求',
  noNeed: '不对应具体需求',
  needHint: '本机构已认领的需求；项目服务该需求所在社区，不选则服务本机构所在社区',
  budget: '申报预算（元）',
  budgetHint: '以元为单位，最多两位小数',
  summary: '项目方案',
  summaryHint: '10 到 2000 字：服务谁、做什么、怎么做',
  submitProposal: '提交申报',
  proposed: '已向「{call}」提交申报「{title}」',
  proposalsTitle: '我们的申报',
  proposalsEmpty: '尚未提交申报',
  proposalMeta: '{call} · 申报预算 {budget}',
  progress: {
    submitted: '已提交，等待评审',
    ranked: '评审排名第 {rank}',
    approved: '已立项',
  },
  projectsTitle: '我们的项目',
  projectsEmpty: '暂无项目',
  cancel: '取消',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的账号无权查看该机构的工作台',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
