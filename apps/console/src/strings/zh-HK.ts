import type { ConsoleStrings } from './zh-CN.js';

export const strings: ConsoleStrings = {
  locale: 'zh-HK',
  appName: '五社聯動工作台',
  checking: '正在確認登入狀態…',
  signedInAs: '目前帳戶',
  roles: '角色與範圍',
  division: '工作範圍',
  signOut: '登出',
  signingOut: '正在登出…',
  language: '語言',
  elder: '大字模式',
  loadFailed: '暫時無法連接伺服器',
  retry: '重試',
  noDivision: '此帳戶沒有社區或鎮街範圍的角色：這裡暫無可處理的事項',
  menu: '工作選單',
  roleNames: {
    district_admin: '區級管理員',
    street_staff: '鎮街工作人員',
    community_staff: '社區工作者',
    social_worker: '社工',
    org_member: '社會組織成員',
    reviewer: '評審專家',
  },
};
