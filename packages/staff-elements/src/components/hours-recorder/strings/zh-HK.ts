import type { HoursRecorderStrings } from './zh-CN.js';

export const strings: HoursRecorderStrings = {
  locale: 'zh-HK',
  title: '義工服務時數登記',
  activity: '活動',
  pickActivity: '請選擇活動',
  noActivities: '近 30 天沒有可登記時數的活動',
  rounding:
    '時數按半小時折算：整小時以外不超過 15 分鐘不計，不超過 45 分鐘計半小時，超過 45 分鐘計 1 小時。',
  checkInTitle: '簽到名單',
  nobody: '這個活動沒有已確認的報名',
  minutes: '{name} 的服務分鐘數',
  credited: '計入 {hours} 小時',
  alreadyRecorded: '已登記 {minutes} 分鐘',
  record: '登記',
  notRegistered: '未註冊義工，無法計入時間銀行',
  manualTitle: '手動補錄',
  volunteerId: '義工編號',
  volunteerIdHint: '以 vol_ 開頭，見義工登記回條',
  servedOn: '服務日期',
  content: '服務內容',
  recordManual: '補錄時數',
  recorded: '已登記：{name} {hours} 小時',
  actionFailed: '操作未成功：{message}',
  forbidden: '您的帳戶無權登記這裡的服務時數',
  signedOut: '登入已過期，請重新登入',
};
