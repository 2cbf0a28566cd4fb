import type { ProposalScoringStrings } from './zh-CN.js';

export const strings: ProposalScoringStrings = {
  locale: 'zh-HK',
  title: '創投評審',
  count: '共 {count} 份提案待您評分',
  empty: '暫無待您評分的提案',
  proposalMeta: '{organization} · 申請 {budget}',
  criterion: '{name}（權重 {weight}）',
  range: '{min}–{max} 分',
  submit: '提交評分',
  scored: '已提交評分：{title}',
  actionFailed: '評分未成功：{message}',
  forbidden: '您的帳戶無權評審這裡的提案',
  signedOut: '登入已過期，請重新登入',
};
