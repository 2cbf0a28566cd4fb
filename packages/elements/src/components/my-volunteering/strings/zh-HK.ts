import type { MyVolunteeringStrings } from './zh-CN.js';

export const strings: MyVolunteeringStrings = {
  locale: 'zh-HK',
  title: '我的義工服務',
  signInIntro: '用手機號碼登入，查看您的義工登記、活動報名、服務時數和積分。',
  saved: '已儲存您的修改',
  withdrawn: '已撤回同意，您的義工登記已刪除，取消了 {count} 個報名。',
  signupCancelled: '已取消報名。名額會留給候補的居民。',
};
