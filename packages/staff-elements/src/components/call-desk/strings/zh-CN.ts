import type { CallKind, Locale } from '@wushe/schema';

/** The call desk's wording, in one locale. */
export interface CallDeskStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}` calls, `{open}` of them open. */
  readonly count: string;
  readonly empty: string;
  /** The button that opens the new call's form, and the form's send button. */
  readonly create: string;
  readonly formTitle: string;
  readonly fieldTitle: string;
  readonly fieldKind: string;
  readonly kinds: Readonly<Record<CallKind, string>>;
  readonly fieldDivision: string;
  readonly wholeDistrict: string;
  readonly fieldBudget: string;
  readonly fieldOpens: string;
  readonly opensHint: string;
  readonly fieldCloses: string;
  readonly closesHint: string;
  readonly categories: string;
  readonly rubric: string;
  readonly rubricHint: string;
  /** `{n}`: the criterion's number, read before each of its fields. */
  readonly criterion: string;
  readonly criterionName: string;
  readonly criterionWeight: string;
  readonly criterionMax: string;
  readonly addCriterion: string;
  /** `{n}`: the criterion removed. */
  readonly removeCriterion: string;
  /** The rubric a new call starts from: name, weight, max score. */
  readonly defaultRubric: readonly (readonly [string, number, number])[];
  readonly blend: string;
  readonly reviewersWeight: string;
  readonly votesWeight: string;
  readonly blendHint: string;
  readonly cancel: string;
  /** `{title}`: announced once opened. */
  readonly opened: string;
  /** `{division}`, `{kind}`, `{budget}` of a call. */
  readonly callMeta: string;
  /** `{date}`: the day proposals and votes close. */
  readonly opensOn: string;
  readonly closesOn: string;
  readonly statusOpen: string;
  readonly statusClosed: string;
  readonly view: string;
  readonly back: string;
  /** `{id}`: the call's id. */
  readonly callId: string;
  /** `{id}`: where an administrator grants the reviewer role on the call. */
  readonly reviewersNote: string;
  /** `{count}` proposals. */
  readonly proposals: string;
  readonly noProposals: string;
  /** `{organization}`, `{budget}` of a proposal. */
  readonly proposalMeta: string;
  /** `{needs}`: the titles of the needs a proposal answers. */
  readonly linkedNeeds: string;
  readonly noNeed: string;
  readonly votesHidden: string;
  readonly close: string;
  /** `{reviewers}`, `{votes}`: the call's blend, in percent. */
  readonly closeQuestion: string;
  readonly confirmClose: string;
  /** `{title}`: announced once closed. */
  readonly closed: string;
  readonly ranking: string;
  /** `{rank}` of a proposal. */
  readonly rank: string;
  readonly reviewerPart: string;
  readonly votePart: string;
  /** `{votes}`, `{share}` of a proposal. */
  readonly votes: string;
  readonly blended: string;
  readonly fund: string;
  readonly noFund: string;
  /** `{name}`, `{raised}`, `{disbursed}` of a fund. */
  readonly fundOption: string;
  readonly approve: string;
  /** `{title}`: announced once approved. */
  readonly approved: string;
  /** `{id}`: the project a proposal became. */
  readonly project: string;
  readonly amount: string;
  readonly purpose: string;
  /** `{title}`: what a disbursement is for, as first typed. */
  readonly purposeDefault: string;
  readonly disburse: string;
  /** `{amount}`, `{title}`: announced and listed once paid. */
  readonly disbursed: string;
  readonly insufficientBalance: string;
  readonly projectQuiet: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: CallDeskStrings = {
  locale: 'zh-CN',
  title: '创投征集',
  count: '共 {count} 个征集，{open} 个征集中',
  empty: '这里还没有征集',
  create: '开启征集',
  formTitle: '开启新的征集',
  fieldTitle: '标题',
  fieldKind: '类型',
  kinds: { venture: '公益创投', micro_venture: '微创投' },
  fieldDivision: '发起单位',
  wholeDistrict: '全区',
  fieldBudget: '预算（元）',
  fieldOpens: '开始日期',
  opensHint: '北京时间当天 0:00 起接收提案和投票',
  fieldCloses: '截止日期',
  closesHint: '北京时间当天 23:59 停止接收提案和投票',
  categories: '资助的需求类别',
  rubric: '评分标准',
  rubricHint: '评审按每项标准打 0 分到满分，按权重加权',
  criterion: '标准 {n}',
  criterionName: '名称',
  criterionWeight: '权重',
  criterionMax: '满分',
  addCriterion: '添加评分标准',
  removeCriterion: '删除标准 {n}',
  defaultRubric: [
    ['需求调研', 30, 10],
    ['项目设计', 40, 10],
    ['预期成效', 30, 10],
  ],
  blend: '排名方式',
  reviewersWeight: '评审占比（%）',
  votesWeight: '居民投票占比（%）',
  blendHint: '默认评审 70%、居民投票 30%；票数相同时先提交的提案在前',
  cancel: '取消',
  opened: '已开启征集：{title}',
  callMeta: '{division} · {kind} · 预算 {budget}',
  opensOn: '{date} 开始',
  closesOn: '{date} 截止',
  statusOpen: '征集中',
  statusClosed: '已关闭',
  view: '查看',
  back: '返回征集列表',
  callId: '征集编号：{id}',
  reviewersNote:
    '评审人员：请管理员在「账号管理」中为评审人的账号授予本征集（编号 {id}）的「评审」角色。',
  proposals: '提案（{count}）',
  noProposals: '还没有机构提交提案',
  proposalMeta: '{organization} · 申请 {budget}',
  linkedNeeds: '对应需求：{needs}',
  noNeed: '未关联需求',
  votesHidden: '居民投票进行中：票数在征集关闭后公布',
  close: '关闭征集',
  closeQuestion:
    '关闭后不再接收提案、评分和投票，并按评审 {reviewers}%、投票 {votes}% 排名。确定关闭吗？',
  confirmClose: '确认关闭',
  closed: '已关闭征集：{title}，排名已公布',
  ranking: '排名',
  rank: '第 {rank} 名',
  reviewerPart: '评审得分',
  votePart: '居民投票',
  votes: '{votes} 票（{share}）',
  blended: '综合得分',
  fund: '资金来源',
  noFund: '暂不指定',
  fundOption: '{name}（已筹 {raised}，已拨付 {disbursed}）',
  approve: '批准立项',
  approved: '已批准立项：{title}',
  project: '已立项 · 项目编号 {id}',
  amount: '拨付金额（元）',
  purpose: '用途',
  purposeDefault: '「{title}」项目经费',
  disburse: '拨付',
  disbursed: '已拨付 {amount} 给「{title}」',
  insufficientBalance: '这个基金的余额不够这笔拨付：请减少金额，或换一个基金。',
  projectQuiet: '这个项目已超过 180 天没有公开进展：机构更新进展前，不能再给它拨付。',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的账号无权在这里管理征集',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
