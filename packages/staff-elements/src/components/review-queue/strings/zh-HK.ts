import type { ReviewQueueStrings } from './zh-CN.js';

export const strings: ReviewQueueStrings = {
  locale: 'zh-HK',
  title: '待審核的需求',
  count: '共 {count} 項待審核',
  empty: '暫無待審核的需求',
  posted: '提交於',
  anonymous: '匿名',
  approve: '通過審核',
  reject: '駁回',
  reason: '駁回理由',
  reasonHint: '居民會看到這項理由',
  confirmReject: '確認駁回',
  cancel: '取消',
  more: '載入更多',
  approved: '已通過審核：{title}',
  rejected: '已駁回：{title}',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的帳戶無權審核這裡的需求',
  signedOut: '登入已過期，請重新登入',
};
