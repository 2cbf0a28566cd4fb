import type { MyDonationsStrings } from './zh-CN.js';

export const strings: MyDonationsStrings = {
  locale: 'zh-HK',
  title: '我的捐贈',
  signInIntro: '用捐贈時留的手機號登入，查看您的每筆捐贈、到賬情況和捐贈收據申請。',
  empty: '這個手機號還沒有捐贈記錄。',
  refresh: '重新整理',
  statuses: {
    pending: '待確認到賬',
    succeeded: '已到賬',
    failed: '未成功',
    refunded: '已退款',
  },
  amount: '金額',
  date: '日期',
  status: '狀態',
  shownAs: '公示署名',
  receipt: '捐贈收據',
  receiptRequested: '已申請，抬頭：{title}',
  creditCode: '統一社會信用代碼：{code}',
  noReceipt: '未申請。如需收據，請聯絡基金的發起機構。',
};
