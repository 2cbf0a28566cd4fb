import type { Locale, TargetGroup } from '@wushe/schema';

/** The wording of `<wushe-resources>` in one locale. `{name}` are placeholders. */
export interface ResourcesStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly filters: string;
  readonly search: string;
  readonly searchButton: string;
  readonly category: string;
  readonly group: string;
  readonly all: string;
  /** Who a resource is for. */
  readonly groups: Readonly<Record<TargetGroup, string>>;
  readonly offeredBy: string;
  readonly forGroups: string;
  readonly capacity: string;
  readonly schedule: string;
  readonly contact: string;
  /** The call link's accessible name: `{name}`, `{phone}`. */
  readonly call: string;
  readonly loadMore: string;
  readonly loadingMore: string;
  /** Announced after a page was added: `{count}` resources. */
  readonly loaded: string;
}

export const zhCN: ResourcesStrings = {
  locale: 'zh-CN',
  title: '服务资源清单',
  filters: '筛选服务资源',
  search: '搜索服务资源',
  searchButton: '搜索',
  category: '服务类别',
  group: '服务对象',
  all: '全部',
  groups: {
    elders: '长者',
    children: '儿童',
    youth: '青少年',
    people_with_disabilities: '残障人士',
    low_income_families: '困难家庭',
    women: '妇女',
    all_residents: '全体居民',
  },
  offeredBy: '提供方',
  forGroups: '服务对象',
  capacity: '服务容量',
  schedule: '服务时间',
  contact: '联系',
  call: '致电 {name}：{phone}',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  loaded: '已加载 {count} 项服务资源',
};
