import type { FollowUpOutcome, Locale } from '@wushe/schema';

/** The follow-ups' wording, in one locale. */
export interface FollowUpsStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}` waiting, `{overdue}` of them overdue. */
  readonly count: string;
  readonly empty: string;
  /** `{rating}`: 1–5, and its 好差评 level. */
  readonly rating: string;
  /** The 好差评 levels, 1 (worst) to 5. */
  readonly levels: readonly [string, string, string, string, string];
  readonly rated: string;
  readonly subject: string;
  /** `{date}`: the last day of the 15 working days. */
  readonly dueOn: string;
  readonly overdue: string;
  /** Said where no holiday calendar covers the deadline: weekends only. */
  readonly weekendsOnly: string;
  readonly record: string;
  readonly outcome: string;
  readonly outcomes: Readonly<Record<FollowUpOutcome, string>>;
  readonly notes: string;
  readonly notesHint: string;
  readonly confirm: string;
  readonly cancel: string;
  /** `{subject}`: announced once a follow-up is recorded. */
  readonly recorded: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: FollowUpsStrings = {
  locale: 'zh-CN',
  title: '待回访的差评',
  count: '共 {count} 条待回访，其中 {overdue} 条已逾期',
  empty: '暂无待回访的差评',
  rating: '评分 {rating}/5（{level}）',
  levels: ['非常不满意', '不满意', '基本满意', '满意', '非常满意'],
  rated: '评价于',
  subject: '评价对象',
  dueOn: '请于 {date} 前回访（15 个工作日）',
  overdue: '已逾期',
  weekendsOnly: '本区尚未录入节假日，期限只扣除了周末',
  record: '登记回访',
  outcome: '回访结果',
  outcomes: {
    resolved: '已联系，问题已解决',
    explained: '已联系并说明，居民仍有意见',
    unreachable: '多次联系未果',
  },
  notes: '回访记录',
  notesHint: '写明联系方式、时间和居民的意见；会存档备查',
  confirm: '确认登记',
  cancel: '取消',
  recorded: '已登记回访：{subject}',
  actionFailed: '登记未成功：{message}',
  forbidden: '您的账号无权回访这里的评价',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
