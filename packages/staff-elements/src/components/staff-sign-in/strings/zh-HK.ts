import type { StaffSignInStrings } from './zh-CN.js';

export const strings: StaffSignInStrings = {
  locale: 'zh-HK',
  title: '工作人員登入',
  login: '登入名稱',
  password: '密碼',
  totp: '動態驗證碼',
  totpHint: '打開身份驗證器應用程式，輸入 6 位數字',
  submit: '登入',
  submitting: '正在登入…',
  invalidCredentials: '登入名稱或密碼不正確',
  totpRequired: '此帳戶已啟用兩步驗證：請輸入動態驗證碼',
  totpWrong: '動態驗證碼不正確或已過期，請輸入新的驗證碼',
  locked: '登入失敗次數過多，帳戶已暫時鎖定：請於 {wait} 後再試',
  minutes: '{n} 分鐘',
  seconds: '{n} 秒',
  failed: '暫時無法登入，請稍後再試',
  offline: '網絡已中斷，請檢查網絡後重試',
  signedIn: '已登入',
};
