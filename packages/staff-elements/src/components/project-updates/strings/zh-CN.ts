import type { Locale, ProjectKind, ProjectStatus } from '@wushe/schema';

/** The project updates' wording, in one locale. */
export interface ProjectUpdatesStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}` projects, `{quiet}` of them quiet. */
  readonly count: string;
  readonly empty: string;
  readonly kinds: Readonly<Record<ProjectKind, string>>;
  readonly statuses: Readonly<Record<ProjectStatus, string>>;
  /** `{organization}`, `{kind}`, `{status}` of a project. */
  readonly projectMeta: string;
  readonly quiet: string;
  /** `{date}` of the last update. */
  readonly lastUpdate: string;
  readonly noUpdate: string;
  readonly post: string;
  readonly update: string;
  readonly updateHint: string;
  readonly confirm: string;
  readonly cancel: string;
  /** `{status}`: the button that moves a project there. */
  readonly moveTo: string;
  /** `{title}`: announced once an update is posted. */
  readonly posted: string;
  /** `{title}`, `{status}`: announced once a project moved on. */
  readonly moved: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: ProjectUpdatesStrings = {
  locale: 'zh-CN',
  title: '项目进展',
  count: '共 {count} 个项目，其中 {quiet} 个已超过 180 天未报告进展',
  empty: '这里暂无项目',
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
    rejected: '未立项',
    cancelled: '已终止',
  },
  projectMeta: '{organization} · {kind} · {status}',
  quiet: '180 天未报告',
  lastUpdate: '最近进展：{date}',
  noUpdate: '尚未发布进展',
  post: '发布进展',
  update: '进展内容',
  updateHint: '5 到 2000 字；会公开显示在项目页上',
  confirm: '发布',
  cancel: '取消',
  moveTo: '标记为{status}',
  posted: '已发布进展：{title}',
  moved: '「{title}」已标记为{status}',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的账号无权管理这里的项目',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
