import type { DisclosureField, FundMode, Locale } from '@wushe/schema';

/** The fund editor's wording, in one locale. */
export interface FundEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly name: string;
  readonly description: string;
  readonly division: string;
  readonly wholeDistrict: string;
  readonly mode: string;
  readonly modes: Readonly<Record<FundMode, string>>;
  readonly target: string;
  readonly targetHint: string;
  readonly platformName: string;
  readonly platformUrl: string;
  readonly disclosure: string;
  readonly disclosureHint: string;
  readonly fields: Readonly<Record<DisclosureField, string>>;
  readonly donatable: string;
  readonly donatableHint: string;
  /** `{raised}`, `{target}`. */
  readonly progress: string;
  readonly takingDonations: string;
  readonly notOffered: string;
  readonly checklist: string;
  readonly ready: string;
  readonly missing: string;
  readonly present: string;
  readonly notDirect: string;
  readonly edit: string;
}

export const zhCN: FundEditorStrings = {
  locale: 'zh-CN',
  title: '慈善基金',
  empty: '这个范围内还没有基金',
  create: '新建基金',
  name: '基金名称',
  description: '简介',
  division: '所属范围',
  wholeDistrict: '全区',
  mode: '募捐方式',
  modes: {
    direct: '直接募捐（线下认捐、机构自有账户）',
    platform: '在民政部指定平台募捐',
  },
  target: '目标金额（元）',
  targetHint: '如 50000 或 50000.50',
  platformName: '募捐平台名称',
  platformUrl: '募捐项目页地址',
  disclosure: '信息公开（《慈善法》第二十五条）',
  disclosureHint: '可以先保存部分内容；全部填好前基金不能接受捐款',
  fields: {
    organizationName: '慈善组织名称',
    creditCode: '统一社会信用代码',
    certificateNumber: '公开募捐资格证书编号',
    filingNumber: '募捐方案备案编号',
    contact: '咨询联系方式',
    lookupUrl: '慈善中国查询地址',
  },
  donatable: '接受捐款',
  donatableHint: '清单中的各项齐全后才能开启',
  progress: '已筹 {raised} / 目标 {target}',
  takingDonations: '正在接受捐款',
  notOffered: '未接受捐款',
  checklist: '接受捐款前的清单',
  ready: '各项齐全，可以接受捐款',
  missing: '缺少',
  present: '已填写',
  notDirect: '须为直接募捐（在平台募捐的基金，捐款在平台进行）',
  edit: '编辑',
};

export const strings = zhCN;
