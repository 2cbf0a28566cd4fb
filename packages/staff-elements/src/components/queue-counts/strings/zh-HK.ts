import type { QueueCountsStrings } from './zh-CN.js';

export const strings: QueueCountsStrings = {
  locale: 'zh-HK',
  title: '我的待辦',
  lists: {
    needs_review: '待審核的需求',
    needs_reported: '被舉報的需求',
    donations_pending: '待確認的捐贈',
    follow_ups: '待回訪的差評',
    proposals_to_score: '待評審的申報',
  },
  waiting: '{count} 項',
  forbidden: '您的帳戶無權查看待辦',
  signedOut: '登入已過期，請重新登入',
};
