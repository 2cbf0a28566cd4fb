import type { DonationDeskStrings } from './zh-CN.js';

export const strings: DonationDeskStrings = {
  locale: 'zh-HK',
  title: '待確認的捐贈',
  count: '共 {count} 筆待確認',
  empty: '暫無待確認的捐贈',
  donorReference: '捐贈識別碼',
  pledged: '登記於',
  confirm: '確認到賬',
  bankReference: '銀行流水號',
  bankReferenceHint: '填寫銀行到賬記錄上的流水號，以便對賬',
  confirmPaid: '確認已到賬',
  markFailed: '標記為未到賬',
  cancel: '取消',
  confirmed: '已確認到賬：{fund} {amount}',
  failed: '已標記為未到賬：{fund} {amount}',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的帳戶無權確認這裡的捐贈',
  signedOut: '登入已過期，請重新登入',
};
