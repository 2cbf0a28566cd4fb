import type { CertificateLevel, Locale } from '@wushe/schema';

/** The social-worker editor's wording, in one locale. */
export interface SocialWorkerEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly name: string;
  readonly organization: string;
  readonly noOrganization: string;
  readonly station: string;
  readonly stationHint: string;
  readonly certificate: string;
  readonly noCertificate: string;
  readonly place: string;
  readonly wholeDistrict: string;
  readonly active: string;
  readonly inactive: string;
  readonly linkedAccount: string;
  readonly edit: string;
  readonly levels: Readonly<Record<CertificateLevel, string>>;
}

export const zhCN: SocialWorkerEditorStrings = {
  locale: 'zh-CN',
  title: '社工',
  empty: '这个范围内还没有社工',
  create: '添加社工',
  name: '姓名',
  organization: '所属社工机构',
  noOrganization: '（不属于机构）',
  station: '所在社工站',
  stationHint: '机构和社工站至少填一项',
  certificate: '职业水平证书',
  noCertificate: '暂无证书',
  place: '服务地点',
  wholeDistrict: '全区',
  active: '在岗',
  inactive: '已离岗',
  linkedAccount: '已关联登录账号',
  edit: '编辑',
  levels: {
    assistant_social_worker: '助理社工师',
    social_worker: '社工师',
    senior_social_worker: '高级社工师',
  },
};

export const strings = zhCN;
