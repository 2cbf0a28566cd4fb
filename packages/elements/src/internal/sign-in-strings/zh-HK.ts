import type { SignInStrings } from './zh-CN.js';

export const strings: SignInStrings = {
  locale: 'zh-HK',
  title: '登入',
  intro: '用手機號碼接收短訊驗證碼登入，無需密碼。',
  mobile: '手機號碼',
  mobileHint: '我們會向這個號碼發送 6 位數字驗證碼',
  sendCode: '取得驗證碼',
  sending: '正在發送…',
  codeSent: '驗證碼已發送到 {mobile}，5 分鐘內有效',
  code: '短訊驗證碼',
  codeHint: '輸入短訊裏的 6 位數字，也可以直接貼上整條短訊',
  signIn: '登入',
  signingIn: '正在登入…',
  resend: '重新取得驗證碼',
  changeMobile: '換一個手機號碼',
  tooManyCodes: '取得驗證碼的次數太多了，請 {minutes} 分鐘後再試',
  signedInAs: '已登入：{mobile}',
  signOut: '登出',
};
