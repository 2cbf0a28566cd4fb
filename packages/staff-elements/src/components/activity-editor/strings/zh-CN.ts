import type { Locale } from '@wushe/schema';

/** The activity editor's wording, in one locale. */
export interface ActivityEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly name: string;
  readonly community: string;
  readonly organization: string;
  readonly byCommunity: string;
  readonly category: string;
  readonly location: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeHint: string;
  readonly capacity: string;
  readonly pointsMultiplier: string;
  readonly pointsMultiplierHint: string;
  readonly description: string;
  readonly edit: string;
  readonly cancelActivity: string;
  /** `{title}`: the activity's title. */
  readonly cancelQuestion: string;
  readonly cancelled: string;
  /** `{signedUp}`, `{capacity}`, `{waitlisted}`. */
  readonly places: string;
}

export const zhCN: ActivityEditorStrings = {
  locale: 'zh-CN',
  title: '志愿活动',
  empty: '这个范围内还没有未结束的志愿活动',
  create: '发布志愿活动',
  name: '活动名称',
  community: '所在社区',
  organization: '主办方',
  byCommunity: '社区自办',
  category: '服务类别',
  location: '活动地点',
  startsAt: '开始时间',
  endsAt: '结束时间',
  timeHint: '北京时间',
  capacity: '招募人数',
  pointsMultiplier: '信用时倍数（选填）',
  pointsMultiplierHint: '留空为 1 倍，须在本区设定的范围内',
  description: '活动说明',
  edit: '编辑',
  cancelActivity: '取消活动',
  cancelQuestion: '确定取消“{title}”吗？已报名的人会收到通知，取消后不能恢复。',
  cancelled: '已取消',
  places: '已报名 {signedUp} / {capacity} 人，候补 {waitlisted} 人',
};

export const strings = zhCN;
