import type { Locale } from '@wushe/schema';

/** The need matcher's wording, in one locale. */
export interface NeedMatcherStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}` open needs, `{unmatched}` of them not matched yet. */
  readonly count: string;
  readonly empty: string;
  readonly unmatched: string;
  /** `{organizations}`: the organizations already told of the need. */
  readonly matchedTo: string;
  readonly match: string;
  readonly search: string;
  readonly searchWords: string;
  readonly searchHint: string;
  readonly category: string;
  readonly anyCategory: string;
  readonly resources: string;
  /** `{organization}`, `{schedule}`, `{contact}` of a resource. */
  readonly resourceMeta: string;
  readonly noResources: string;
  readonly note: string;
  readonly noteHint: string;
  readonly confirm: string;
  readonly cancel: string;
  /** `{title}` of the need, `{organization}` told: announced once matched. */
  readonly matched: string;
  readonly takenTitle: string;
  /** `{organization}` that took the need. */
  readonly takenBy: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: NeedMatcherStrings = {
  locale: 'zh-CN',
  title: '供需对接',
  count: '共 {count} 条已发布的需求，其中 {unmatched} 条尚未对接',
  empty: '这里暂无待对接的需求',
  unmatched: '尚未对接',
  matchedTo: '已对接：{organizations}（等待认领）',
  match: '对接资源',
  search: '查找资源',
  searchWords: '关键词',
  searchHint: '按资源名称和介绍查找；留空则列出服务本社区的全部资源',
  category: '类别',
  anyCategory: '全部类别',
  resources: '选择资源',
  resourceMeta: '{organization} · {schedule} · 联系人 {contact}',
  noResources: '没有找到服务本社区的资源，请换个关键词或类别',
  note: '给组织的留言',
  noteHint: '选填，最多 200 字；会随通知发给组织',
  confirm: '确认对接',
  cancel: '取消',
  matched: '已对接：「{title}」已通知{organization}',
  takenTitle: '已由组织认领',
  takenBy: '由{organization}认领',
  actionFailed: '对接未成功：{message}',
  forbidden: '您的账号无权对接这里的需求',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
