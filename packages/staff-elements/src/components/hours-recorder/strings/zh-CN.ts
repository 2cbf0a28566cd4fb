import type { Locale } from '@wushe/schema';

/** The hours recorder's wording, in one locale. */
export interface HoursRecorderStrings {
  readonly locale: Locale;
  /** The heading. */
  readonly title: string;
  /** The activity picker label. */
  readonly activity: string;
  /** The picker first, empty choice. */
  readonly pickActivity: string;
  /** No activity to record in the last 30 days. */
  readonly noActivities: string;
  /** The rounding rule of SPEC §2, as staff read it. */
  readonly rounding: string;
  /** The check-in list heading. */
  readonly checkInTitle: string;
  /** Nobody had a confirmed place. */
  readonly nobody: string;
  /** The minutes field label; `{name}`. */
  readonly minutes: string;
  /** `{hours}` credited after rounding. */
  readonly credited: string;
  /** `{minutes}` already recorded. */
  readonly alreadyRecorded: string;
  /** Records a check-in row. */
  readonly record: string;
  /** A resident who signed up without registering: no time bank. */
  readonly notRegistered: string;
  /** The manual entry heading. */
  readonly manualTitle: string;
  /** The volunteer id field. */
  readonly volunteerId: string;
  /** Where the id is found. */
  readonly volunteerIdHint: string;
  /** The date field. */
  readonly servedOn: string;
  /** What was done. */
  readonly content: string;
  /** Records the manual entry. */
  readonly recordManual: string;
  /** `{name}`, `{hours}`: announced once recorded. */
  readonly recorded: string;
  /** `{message}`: why recording failed. */
  readonly actionFailed: string;
  /** 403. */
  readonly forbidden: string;
  /** 401. */
  readonly signedOut: string;
}

export const zhCN: HoursRecorderStrings = {
  locale: 'zh-CN',
  title: '志愿服务时长登记',
  activity: '活动',
  pickActivity: '请选择活动',
  noActivities: '近 30 天没有可登记时长的活动',
  rounding:
    '时长按半小时折算：整小时之外不超过 15 分钟不计，不超过 45 分钟计半小时，超过 45 分钟计 1 小时。',
  checkInTitle: '签到名单',
  nobody: '这个活动没有已确认的报名',
  minutes: '{name} 的服务分钟数',
  credited: '计入 {hours} 小时',
  alreadyRecorded: '已登记 {minutes} 分钟',
  record: '登记',
  notRegistered: '未注册志愿者，无法计入时间银行',
  manualTitle: '手工补录',
  volunteerId: '志愿者编号',
  volunteerIdHint: '以 vol_ 开头，见志愿者登记回执',
  servedOn: '服务日期',
  content: '服务内容',
  recordManual: '补录时长',
  recorded: '已登记：{name} {hours} 小时',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的账号无权登记这里的服务时长',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
