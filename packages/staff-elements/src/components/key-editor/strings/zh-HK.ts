import type { KeyEditorStrings } from './zh-CN.js';

export const strings: KeyEditorStrings = {
  locale: 'zh-HK',
  title: 'API 密鑰',
  empty: '還沒有密鑰',
  create: '簽發密鑰',
  kind: '密鑰類型',
  publishable: '可公開密鑰（網頁使用）',
  publishableHint: '只在下面列出的網站來源有效',
  secret: '私密密鑰（伺服器使用）',
  secretHint: '切勿放進網頁：它擁有區級管理員的權限',
  origins: '允許的網站來源',
  originsHint: '每行一個，例如 https://www.panyu.gov.cn',
  noOrigins: '無來源限制（僅限伺服器）',
  created: '簽發於',
  revokedOn: '已作廢於',
  revoke: '作廢',
  revokeQuestion: '作廢後此密鑰立即停止運作，無法恢復。確認作廢？',
  shownOnce: '請立即複製並妥善保存此密鑰：它只顯示這一次，之後無法再次查看。',
  copy: '複製',
  copied: '已複製',
  stored: '我已保存',
};
