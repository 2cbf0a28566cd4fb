import type { Locale } from '@wushe/schema';

/** The key editor's wording, in one locale. */
export interface KeyEditorStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly empty: string;
  readonly create: string;
  readonly kind: string;
  readonly publishable: string;
  readonly publishableHint: string;
  readonly secret: string;
  readonly secretHint: string;
  readonly origins: string;
  readonly originsHint: string;
  readonly noOrigins: string;
  readonly created: string;
  readonly revokedOn: string;
  readonly revoke: string;
  readonly revokeQuestion: string;
  /** The issued key, shown once. */
  readonly shownOnce: string;
  readonly copy: string;
  readonly copied: string;
  readonly stored: string;
}

export const zhCN: KeyEditorStrings = {
  locale: 'zh-CN',
  title: 'API 密钥',
  empty: '还没有密钥',
  create: '签发密钥',
  kind: '密钥类型',
  publishable: '可公开密钥（网页使用）',
  publishableHint: '只在下面列出的网站来源有效',
  secret: '私密密钥（服务器使用）',
  secretHint: '切勿放进网页：它拥有区级管理员的权限',
  origins: '允许的网站来源',
  originsHint: '每行一个，例如 https://www.panyu.gov.cn',
  noOrigins: '无来源限制（仅限服务器）',
  created: '签发于',
  revokedOn: '已作废于',
  revoke: '作废',
  revokeQuestion: '作废后此密钥立即停止工作，无法恢复。确认作废？',
  shownOnce: '请立即复制并妥善保存此密钥：它只显示这一次，之后无法再次查看。',
  copy: '复制',
  copied: '已复制',
  stored: '我已保存',
};

export const strings = zhCN;
