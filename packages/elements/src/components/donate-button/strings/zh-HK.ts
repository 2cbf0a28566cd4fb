import type { DonateButtonStrings } from './zh-CN.js';

export const strings: DonateButtonStrings = {
  locale: 'zh-HK',
  donate: '我要捐款',
  dialog: '向社區基金捐款',
  close: '關閉',
  failed: '暫時無法開啟捐款視窗，請檢查網絡後重試',
};
