import type { Locale } from '@wushe/schema';

/** What a resident follows: a need they posted, or a donation they made. */
export type Followed = 'need' | 'donation';

/** The wording of the "follow this" offer after posting a need or giving. `{name}` are placeholders. */
export interface FollowStrings {
  readonly locale: Locale;
  readonly title: Readonly<Record<Followed, string>>;
  /** `{mobile}`: the mobile the need or donation was given with. */
  readonly offer: Readonly<Record<Followed, string>>;
  readonly follow: string;
  readonly followed: Readonly<Record<Followed, string>>;
  /** Signed in with another mobile: `{mobile}` is the one that follows. */
  readonly otherMobile: string;
  readonly switchMobile: string;
}

export const zhCN: FollowStrings = {
  locale: 'zh-CN',
  title: { need: '关注这条需求', donation: '关注这笔捐赠' },
  offer: {
    need: '用发布时留的手机号 {mobile} 登录，就能在“我的需求”里看到审核、认领和完成的进度。',
    donation: '用捐赠时留的手机号 {mobile} 登录，就能在“我的捐赠”里看到这笔捐赠和票据申请。',
  },
  follow: '关注进度',
  followed: {
    need: '已关注。这条需求会出现在“我的需求”里，进度随时可查。',
    donation: '已关注。这笔捐赠会出现在“我的捐赠”里。',
  },
  otherMobile: '您现在登录的手机号不是 {mobile}，所以它不会出现在您的列表里。',
  switchMobile: '改用 {mobile} 登录',
};
