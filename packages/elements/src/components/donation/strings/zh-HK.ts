import type { DonationStrings } from './zh-CN.js';

export const strings: DonationStrings = {
  locale: 'zh-HK',
  notFound: '找不到這個基金，請檢查連結或聯絡社區居委會。',
  progress: '籌款進度',
  progressText: '{raised}，{target}（{percent}）',
  raised: '已籌 {amount}',
  target: '目標 {amount}',
  donors: '{count} 筆捐贈',
  disbursed: '已使用 {amount}',
  disclosureTitle: '募捐信息公示',
  organization: '募捐組織',
  creditCode: '統一社會信用代碼',
  certificate: '公開募捐資格證書',
  filing: '募捐方案備案編號',
  contact: '聯絡方式',
  lookup: '在「慈善中國」查詢備案信息',
  opensNewWindow: '（在新視窗開啟）',
  noDisclosure: '該基金尚未完成募捐信息公示，依照《慈善法》第二十五條，暫不接受捐贈。',
  noDisclosureNext: '信息公示完成後即可捐贈。如有疑問，請聯絡社區居委會。',
  closed: '該基金已停止募捐，感謝您的關注。',
  platformIntro:
    '本基金在民政部指定的互聯網公開募捐信息平台「{platform}」開展募捐，捐款在平台上完成，本頁面不收取任何款項。',
  platformGo: '前往「{platform}」捐款',
  platformQr: '用手機掃碼，前往「{platform}」捐款',
  platformMissing: '募捐平台的頁面暫未提供，請聯絡募捐組織。',
};
