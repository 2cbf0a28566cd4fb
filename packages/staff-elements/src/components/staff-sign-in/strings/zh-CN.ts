import type { Locale } from '@wushe/schema';

/** The sign-in form's wording, in one locale. */
export interface StaffSignInStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly login: string;
  readonly password: string;
  readonly totp: string;
  readonly totpHint: string;
  readonly submit: string;
  readonly submitting: string;
  readonly invalidCredentials: string;
  readonly totpRequired: string;
  readonly totpWrong: string;
  /** `{wait}`: how long, from the server's Retry-After (see `waitText`). */
  readonly locked: string;
  readonly minutes: string;
  readonly seconds: string;
  readonly failed: string;
  readonly offline: string;
  readonly signedIn: string;
}

export const zhCN: StaffSignInStrings = {
  locale: 'zh-CN',
  title: '工作人员登录',
  login: '登录名',
  password: '密码',
  totp: '动态验证码',
  totpHint: '打开身份验证器应用，输入 6 位数字',
  submit: '登录',
  submitting: '正在登录…',
  invalidCredentials: '登录名或密码不正确',
  totpRequired: '此账号已开启两步验证：请输入动态验证码',
  totpWrong: '动态验证码不正确或已过期，请输入新的验证码',
  locked: '登录失败次数过多，账号已暂时锁定：请 {wait} 后再试',
  minutes: '{n} 分钟',
  seconds: '{n} 秒',
  failed: '暂时无法登录，请稍后再试',
  offline: '网络已断开，请检查网络后重试',
  signedIn: '已登录',
};

export const strings = zhCN;
