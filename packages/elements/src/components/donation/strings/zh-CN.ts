import type { Locale } from '@wushe/schema';

/**
 * The wording of `<wushe-donation>`'s fund view in one locale: progress, disclosure, platform.
 * Giving (form, payment, outcome) and the ledger have theirs in `giving.*.ts`, loaded with them.
 * `{name}` are placeholders.
 */
export interface DonationStrings {
  readonly locale: Locale;
  readonly notFound: string;
  /** The `<progress>` bar's label. */
  readonly progress: string;
  /** What the progress bar says: raised, target and percentage. */
  readonly progressText: string;
  readonly raised: string;
  readonly target: string;
  readonly donors: string;
  readonly disbursed: string;
  readonly disclosureTitle: string;
  readonly organization: string;
  readonly creditCode: string;
  readonly certificate: string;
  readonly filing: string;
  readonly contact: string;
  readonly lookup: string;
  readonly opensNewWindow: string;
  readonly noDisclosure: string;
  readonly noDisclosureNext: string;
  readonly closed: string;
  readonly platformIntro: string;
  readonly platformGo: string;
  readonly platformQr: string;
  readonly platformMissing: string;
}

export const zhCN: DonationStrings = {
  locale: 'zh-CN',
  notFound: '找不到这个基金，请检查链接或联系社区居委会。',
  progress: '筹款进度',
  progressText: '{raised}，{target}（{percent}）',
  raised: '已筹 {amount}',
  target: '目标 {amount}',
  donors: '{count} 笔捐赠',
  disbursed: '已使用 {amount}',
  disclosureTitle: '募捐信息公示',
  organization: '募捐组织',
  creditCode: '统一社会信用代码',
  certificate: '公开募捐资格证书',
  filing: '募捐方案备案编号',
  contact: '联系方式',
  lookup: '在“慈善中国”查询备案信息',
  opensNewWindow: '（在新窗口打开）',
  noDisclosure: '该基金尚未完成募捐信息公示，依照《慈善法》第二十五条，暂不接受捐赠。',
  noDisclosureNext: '信息公示完成后即可捐赠。如有疑问，请联系社区居委会。',
  closed: '该基金已停止募捐，感谢您的关注。',
  platformIntro:
    '本基金在民政部指定的互联网公开募捐信息平台“{platform}”开展募捐，捐款在平台上完成，本页面不收取任何款项。',
  platformGo: '前往“{platform}”捐款',
  platformQr: '用手机扫码，前往“{platform}”捐款',
  platformMissing: '募捐平台的页面暂未提供，请联系募捐组织。',
};
