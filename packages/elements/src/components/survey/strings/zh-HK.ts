import type { RatingLevelNames, SurveyStrings } from './zh-CN.js';

export const ratingLevels: RatingLevelNames = {
  5: '非常滿意',
  4: '滿意',
  3: '基本滿意',
  2: '不滿意',
  1: '非常不滿意',
};

export const strings: SurveyStrings = {
  locale: 'zh-HK',
  levels: ratingLevels,
  title: '滿意度評價',
  anonymous:
    '評價是匿名的：我們不會記錄您的姓名或手機號碼。除標明「選填」的題目外，每題都需要回答。',
  chooseOne: '請選擇一項',
  chooseSome: '請至少選擇一項',
  chooseAtMost: '最多選擇 {count} 項',
  npsEnds: '0 分表示{low}，10 分表示{high}',
  maxLength: '最多 {count} 字',
  remaining: '還可以輸入 {count} 字',
  answerOne: '請至少回答一道題再提交',
  followUpTitle: '希望工作人員聯絡您嗎？',
  followUpIntro:
    '很抱歉這次服務未能令您滿意。如希望社區工作人員致電了解情況（回訪），可以留下稱呼和手機號碼；不留也可以直接提交，評價仍然匿名。',
  contactName: '稱呼',
  contactMobile: '手機號碼',
  contactConsent: '我同意社區工作人員使用以上資料，就這次評價與我聯絡',
  policy: '《個人資料保護說明》',
  opensNewWindow: '（在新視窗開啟）',
  send: '提交評價',
  thanks: '感謝您的評價！',
  thanksNext: '您的意見會用於改善社區服務。',
  thanksFollowUp: '社區工作人員會盡快致電與您聯絡。',
  answeredBefore: '您已經評價過這項服務，感謝參與',
  answeredBeforeNext: '每項服務每人評價一次（一事一評）。',
  closed: '這項評價已經結束，感謝您的關注。',
  notFound: '找不到這項評價，它可能已經結束。',
  misconfigured: '這個評價組件缺少 survey 或 subject 設定，暫時無法評價。請聯絡網站管理員。',
  sendFailed: '評價未能成功提交，您填寫的內容仍然保留，請稍後再試。',
};
