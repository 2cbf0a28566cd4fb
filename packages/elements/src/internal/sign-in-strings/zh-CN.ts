import type { Locale } from '@wushe/schema';

/** The wording of the resident sign-in form (every resident widget's). `{name}` are placeholders. */
export interface SignInStrings {
  readonly locale: Locale;
  readonly title: string;
  readonly intro: string;
  readonly mobile: string;
  readonly mobileHint: string;
  readonly sendCode: string;
  readonly sending: string;
  /** `{mobile}`: where the code went. */
  readonly codeSent: string;
  readonly code: string;
  readonly codeHint: string;
  readonly signIn: string;
  readonly signingIn: string;
  readonly resend: string;
  readonly changeMobile: string;
  /** `{minutes}`: how long until the mobile may ask again (the answer's Retry-After). */
  readonly tooManyCodes: string;
  /** `{mobile}`: who is signed in. */
  readonly signedInAs: string;
  readonly signOut: string;
}

export const zhCN: SignInStrings = {
  locale: 'zh-CN',
  title: '登录',
  intro: '用手机号接收短信验证码登录，无需密码。',
  mobile: '手机号',
  mobileHint: '我们会向这个号码发送 6 位数字验证码',
  sendCode: '获取验证码',
  sending: '正在发送…',
  codeSent: '验证码已发送到 {mobile}，5 分钟内有效',
  code: '短信验证码',
  codeHint: '输入短信里的 6 位数字，也可以直接粘贴整条短信',
  signIn: '登录',
  signingIn: '正在登录…',
  resend: '重新获取验证码',
  changeMobile: '换一个手机号',
  tooManyCodes: '获取验证码的次数太多了，请 {minutes} 分钟后再试',
  signedInAs: '已登录：{mobile}',
  signOut: '退出登录',
};
