import type { IndicatorId, Locale, Society } from '@wushe/schema';

/** The wording of `<wushe-linkage-index>` in one locale. `{name}` are placeholders. */
export interface LinkageIndexStrings {
  readonly locale: Locale;
  readonly heading: string;
  /** `{name}`: the division shown. */
  readonly title: string;
  readonly period: string;
  /** `{time}`: when the server computed the figures (`computedAt`). */
  readonly computedAt: string;
  readonly levels: Readonly<Record<'district' | 'street' | 'community', string>>;
  readonly societies: Readonly<Record<Society, string>>;
  readonly indicators: Readonly<Record<IndicatorId, string>>;
  readonly target: string;
  readonly atLeast: string;
  readonly atMost: string;
  readonly noTarget: string;
  readonly score: string;
  readonly ofTotal: string;
  readonly notYet: string;
  readonly noValue: string;
  readonly withheld: string;
  readonly calendarUnknown: string;
  readonly calendarFigure: string;
  readonly trend: string;
  readonly trendTable: string;
  readonly month: string;
  readonly value: string;
  readonly breadcrumb: string;
  readonly below: string;
  readonly belowCaption: string;
  readonly division: string;
  readonly open: string;
  readonly empty: string;
  readonly notPublic: string;
  readonly notFound: string;
  readonly misconfigured: string;
  readonly kind: string;
  readonly status: string;
  readonly count: string;
  /** Project kinds and statuses by their contract values (SPEC §11). */
  readonly projectKinds: Readonly<Record<string, string>>;
  readonly projectStatuses: Readonly<Record<string, string>>;
  readonly units: Readonly<Record<'days' | 'hours' | 'perHundred' | 'nps', string>>;
}

export const zhCN: LinkageIndexStrings = {
  locale: 'zh-CN',
  heading: '五社联动评价指标',
  title: '{name}：五社联动评价指标',
  period: '统计期间：{from} 至 {to}',
  computedAt: '数据更新于 {time}',
  levels: { district: '区', street: '镇街', community: '村居' },
  societies: {
    community: '社区',
    social_workers: '社会工作者',
    social_organizations: '社区社会组织',
    volunteers: '社区志愿者',
    charity: '社区公益慈善资源',
  },
  indicators: {
    needs_posted: '居民发布需求',
    needs_fulfilled: '需求已解决',
    fulfilment_rate: '需求解决率',
    median_days_to_claim: '认领用时（中位数）',
    median_days_to_fulfil: '解决用时（中位数）',
    csat: '满意率',
    nps: '净推荐值（NPS）',
    low_ratings_followed_up: '差评 15 个工作日内回访',
    social_workers_serving: '在岗社会工作者',
    follow_ups_done: '社工完成回访',
    projects_served: '社工服务项目',
    social_orgs_per_community: '每个村居的社区社会组织',
    social_orgs_per_community_changning: '每个社区的社区社会组织（长宁区目标）',
    resources_published: '发布资源',
    needs_matched: '需求对接资源',
    projects_by_kind_status: '项目（按类型和状态）',
    quiet_projects: '长期无更新的项目',
    volunteers_per_hundred_residents: '每百名居民注册志愿者',
    volunteer_hours: '志愿服务时长',
    hours_per_volunteer: '人均志愿服务时长',
    active_volunteers: '参与服务的志愿者',
    funds_raised: '募集善款',
    donors: '捐赠人',
    funds_disbursed: '善款支出',
    share_disbursed: '善款使用比例',
    funds_disclosed: '信息公开完整的基金',
  },
  target: '目标 {comparison} {value}（{source}）',
  atLeast: '≥',
  atMost: '≤',
  noTarget: '无公布目标',
  score: '得分 {score} / 5',
  ofTotal: '{numerator} / {denominator}',
  notYet: '尚无数据来源',
  noValue: '—',
  withheld: '仅 {count} 份评价，样本太少，不予公布',
  calendarUnknown: '本区尚未录入该年度的法定节假日和调休安排，“15 个工作日”暂按只跳过周末计算。',
  calendarFigure: '未录入节假日，只跳过周末',
  trend: '逐月趋势',
  trendTable: '按月数据表',
  month: '月份',
  value: '数值',
  breadcrumb: '所在层级',
  below: '下辖{level}',
  belowCaption: '下辖{level}的得分（1–5）',
  division: '名称',
  open: '查看{name}',
  empty: '该期间暂无数据：没有需求、评价、服务时长和捐赠。',
  notPublic: '本区尚未公开五社联动评价指标。',
  notFound: '找不到这个行政区划。',
  misconfigured: '组件未设置 division（行政区划代码）。',
  kind: '类型',
  status: '状态',
  count: '数量',
  projectKinds: {
    government_purchase: '政府购买服务',
    venture: '公益创投',
    micro_venture: '微创投',
    community_building: '社区营造',
  },
  projectStatuses: {
    proposed: '申报中',
    approved: '已立项',
    in_progress: '实施中',
    completed: '已结项',
    rejected: '未通过',
    cancelled: '已取消',
  },
  units: { days: '{value} 天', hours: '{value} 小时', perHundred: '{value} 人', nps: '{value}' },
};
