import type { Locale, OrganizationCategory, OrganizationKind } from '@wushe/schema';

/** The organization editor's wording, in one locale. */
export interface OrganizationEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly name: string;
  readonly kind: string;
  readonly category: string;
  readonly noCategory: string;
  readonly registration: string;
  readonly registered: string;
  readonly filed: string;
  readonly creditCode: string;
  readonly creditCodeHint: string;
  readonly place: string;
  readonly wholeDistrict: string;
  readonly description: string;
  readonly edit: string;
  readonly inactive: string;
  readonly kinds: Readonly<Record<OrganizationKind, string>>;
  readonly categories: Readonly<Record<OrganizationCategory, string>>;
}

export const zhCN: OrganizationEditorStrings = {
  locale: 'zh-CN',
  title: '社会组织',
  empty: '这个范围内还没有社会组织',
  create: '登记或备案组织',
  name: '组织名称',
  kind: '组织类型',
  category: '社区社会组织类别',
  noCategory: '（不适用）',
  registration: '登记情况',
  registered: '已登记（有统一社会信用代码）',
  filed: '仅在镇街备案',
  creditCode: '统一社会信用代码',
  creditCodeHint: '18 位，输入时即核对校验位',
  place: '服务地点',
  wholeDistrict: '全区',
  description: '简介',
  edit: '编辑',
  inactive: '已停止活动',
  kinds: {
    community_social_org: '社区社会组织',
    social_work_agency: '社工机构',
    community_enterprise: '社区企业',
    foundation: '基金会',
    charity_org: '慈善组织',
  },
  categories: {
    charity: '公益慈善类',
    culture: '文娱类',
    service: '社区服务类',
    affairs: '社会事务类',
    deliberation: '议事协调类',
  },
};

export const strings = zhCN;
