import type { Locale } from '@wushe/schema';

/** The donation desk's wording, in one locale. */
export interface DonationDeskStrings {
  readonly locale: Locale;
  readonly title: string;
  /** `{count}`: pledges waiting (on this page). */
  readonly count: string;
  readonly empty: string;
  /** The reference the donor quotes with the transfer. */
  readonly donorReference: string;
  readonly pledged: string;
  readonly confirm: string;
  readonly bankReference: string;
  readonly bankReferenceHint: string;
  readonly confirmPaid: string;
  readonly markFailed: string;
  readonly cancel: string;
  /** `{fund}`, `{amount}`: announced once a pledge is settled. */
  readonly confirmed: string;
  readonly failed: string;
  readonly actionFailed: string;
  readonly forbidden: string;
  readonly signedOut: string;
}

export const zhCN: DonationDeskStrings = {
  locale: 'zh-CN',
  title: '待确认的捐赠',
  count: '共 {count} 笔待确认',
  empty: '暂无待确认的捐赠',
  donorReference: '捐赠识别码',
  pledged: '登记于',
  confirm: '确认到账',
  bankReference: '银行流水号',
  bankReferenceHint: '填写银行到账记录上的流水号，以便对账',
  confirmPaid: '确认已到账',
  markFailed: '标记为未到账',
  cancel: '取消',
  confirmed: '已确认到账：{fund} {amount}',
  failed: '已标记为未到账：{fund} {amount}',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的账号无权确认这里的捐赠',
  signedOut: '登录已过期，请重新登录',
};

export const strings = zhCN;
