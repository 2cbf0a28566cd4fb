import type { FollowStrings } from './zh-CN.js';

export const strings: FollowStrings = {
  locale: 'zh-HK',
  title: { need: '關注這項需求', donation: '關注這筆捐贈' },
  offer: {
    need: '用發布時留下的手機號碼 {mobile} 登入，就能在「我的需求」看到審核、認領和完成的進度。',
    donation: '用捐贈時留下的手機號碼 {mobile} 登入，就能在「我的捐贈」看到這筆捐贈和收據申請。',
  },
  follow: '關注進度',
  followed: {
    need: '已關注。這項需求會出現在「我的需求」，進度隨時可查。',
    donation: '已關注。這筆捐贈會出現在「我的捐贈」。',
  },
  otherMobile: '您現在登入的手機號碼不是 {mobile}，所以它不會出現在您的列表。',
  switchMobile: '改用 {mobile} 登入',
};
